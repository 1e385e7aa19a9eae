/** Whether `name` can stand as a JavaScript identifier in generated code (ASCII only). */
export const isIdentifier = (name: string): boolean => /^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name);
