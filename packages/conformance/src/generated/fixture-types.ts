// Generated from fixtures/*.json by `pnpm --filter @workflows-api/conformance fixtures:types`.
// Do not edit: a test checks that it matches the fixtures.
import type * as T from '@workflows-api/types';

export const validFixtures = [
  // AdGroupAssociateBidList.json › AdGroupAssociateBidList › all required fields
  {"bidListId":"bl-1","isEnabled":true,"isDefaultForDimension":false} satisfies T.AdGroupAssociateBidList,
  // AdGroupAssociateBidList.json › AdGroupAssociateBidList › bidListId null
  {"bidListId":null,"isEnabled":false,"isDefaultForDimension":true} satisfies T.AdGroupAssociateBidList,
  // AdGroupAudienceTargeting.json › AdGroupAudienceTargeting › every required field
  {"audienceAcceleratorExclusionsEnabled":false,"audienceBoosterEnabled":true,"audienceExcluderEnabled":false,"audiencePredictorEnabled":false,"crossDeviceVendorListForAudience":[1,2],"recencyExclusionWindowInMinutes":60,"targetTrackableUsersEnabled":true,"useMcIdAsPrimary":false} satisfies T.AdGroupAudienceTargeting,
  // AdGroupAudienceTargeting.json › AdGroupAudienceTargeting › audienceId and a null vendor list
  {"audienceAcceleratorExclusionsEnabled":false,"audienceBoosterEnabled":true,"audienceExcluderEnabled":false,"audiencePredictorEnabled":false,"crossDeviceVendorListForAudience":null,"recencyExclusionWindowInMinutes":60,"targetTrackableUsersEnabled":true,"useMcIdAsPrimary":false,"audienceId":"aud-9"} satisfies T.AdGroupAudienceTargeting,
  // AdGroupBudget.json › AdGroupBudget › required fields
  {"allocationType":"Fixed","budgetInAdvertiserCurrency":1000.5} satisfies T.AdGroupBudget,
  // AdGroupBudget.json › AdGroupBudget › every field, nullable ones null
  {"allocationType":"Minimum","budgetInAdvertiserCurrency":0,"budgetInImpressions":null,"dailyTargetInAdvertiserCurrency":null,"dailyTargetInImpressions":null} satisfies T.AdGroupBudget,
  // AdGroupBudget.json › AdGroupBudget › impressions as int64
  {"allocationType":"Maximum","budgetInAdvertiserCurrency":10,"budgetInImpressions":5000000000,"dailyTargetInImpressions":100} satisfies T.AdGroupBudget,
  // AdGroupBulkCreateWorkflowInputWithValidation.json › AdGroupBulkCreateWorkflowInputWithValidation › one ad group
  {"input":[{"campaignId":"camp-1","primaryInput":{"name":"Spring push","channel":"Display","funnelLocation":"Awareness"}}]} satisfies T.AdGroupBulkCreateWorkflowInputWithValidation,
  // AdGroupBulkCreateWorkflowInputWithValidation.json › AdGroupBulkCreateWorkflowInputWithValidation › input null, validate only, with a callback
  {"input":null,"validateInputOnly":true,"callbackInput":{"callbackUrl":"https://example.test/cb"}} satisfies T.AdGroupBulkCreateWorkflowInputWithValidation,
  // AdGroupBulkUpdateWorkflowInputWithValidation.json › AdGroupBulkUpdateWorkflowInputWithValidation › one update
  {"input":[{"id":"ag-1","primaryInput":{"name":"Renamed"}}]} satisfies T.AdGroupBulkUpdateWorkflowInputWithValidation,
  // AdGroupBulkUpdateWorkflowInputWithValidation.json › AdGroupBulkUpdateWorkflowInputWithValidation › empty list
  {"input":[],"validateInputOnly":null} satisfies T.AdGroupBulkUpdateWorkflowInputWithValidation,
  // AdGroupChannel.json › AdGroupChannel values › Display
  "Display" satisfies T.AdGroupChannel,
  // AdGroupChannel.json › AdGroupChannel values › Video
  "Video" satisfies T.AdGroupChannel,
  // AdGroupChannel.json › AdGroupChannel values › TV
  "TV" satisfies T.AdGroupChannel,
  // AdGroupChannel.json › AdGroupChannel values › OutOfHome
  "OutOfHome" satisfies T.AdGroupChannel,
  // AdGroupComscoreSettings.json › AdGroupComscoreSettings › enabled with members
  {"isEnabled":true,"populationId":3,"demographicMemberIds":[1,2],"mobileDemographicMemberIds":[]} satisfies T.AdGroupComscoreSettings,
  // AdGroupComscoreSettings.json › AdGroupComscoreSettings › lists null
  {"isEnabled":false,"demographicMemberIds":null,"mobileDemographicMemberIds":null,"populationId":null} satisfies T.AdGroupComscoreSettings,
  // AdGroupContractTargeting.json › AdGroupContractTargeting › allowed
  {"allowOpenMarketBiddingWhenTargetingContracts":true} satisfies T.AdGroupContractTargeting,
  // AdGroupCreateWorkflowInput.json › AdGroupCreateWorkflowInput › minimal
  {"campaignId":"camp-1","primaryInput":{"name":"Spring push","channel":"Display","funnelLocation":"Awareness"}} satisfies T.AdGroupCreateWorkflowInput,
  // AdGroupCreateWorkflowInput.json › AdGroupCreateWorkflowInput › campaignId null with advanced input
  {"campaignId":null,"primaryInput":{"name":"Spring push","channel":"Display","funnelLocation":"Awareness"},"advancedInput":{"isUseClicksAsConversionsEnabled":true}} satisfies T.AdGroupCreateWorkflowInput,
  // AdGroupCreateWorkflowInputWithValidation.json › AdGroupCreateWorkflowInputWithValidation › minimal
  {"campaignId":"camp-1","primaryInput":{"name":"Spring push","channel":"Display","funnelLocation":"Awareness"}} satisfies T.AdGroupCreateWorkflowInputWithValidation,
  // AdGroupCreateWorkflowInputWithValidation.json › AdGroupCreateWorkflowInputWithValidation › validate only
  {"campaignId":"camp-1","primaryInput":{"name":"Spring push","channel":"Display","funnelLocation":"Awareness"},"validateInputOnly":true} satisfies T.AdGroupCreateWorkflowInputWithValidation,
  // AdGroupCreateWorkflowPrimaryInput.json › AdGroupCreateWorkflowPrimaryInput › required only
  {"name":"Spring push","channel":"Display","funnelLocation":"Awareness"} satisfies T.AdGroupCreateWorkflowPrimaryInput,
  // AdGroupCreateWorkflowPrimaryInput.json › AdGroupCreateWorkflowPrimaryInput › every field
  {"isEnabled":true,"description":null,"budget":{"allocationType":"Fixed","budgetInAdvertiserCurrency":500},"baseBidCPMInAdvertiserCurrency":1.25,"maxBidCPMInAdvertiserCurrency":3.5,"audienceTargeting":{"audienceId":"aud-1","recencyExclusionWindowInMinutes":30},"roiGoal":{"cpaInAdvertiserCurrency":12.5},"creativeIds":["cr-1","cr-2"],"associatedBidLists":[{"bidListId":"bl-1","isEnabled":true}],"name":"Holiday video","channel":"Video","funnelLocation":"Consideration","programmaticGuaranteedPrivateContractId":null} satisfies T.AdGroupCreateWorkflowPrimaryInput,
  // AdGroupCreateWorkflowPrimaryInput.json › AdGroupCreateWorkflowPrimaryInput › name null (nullable, still required)
  {"name":null,"channel":"Display","funnelLocation":"Awareness"} satisfies T.AdGroupCreateWorkflowPrimaryInput,
  // AdGroupFlight.json › AdGroupFlight › required fields
  {"adGroupId":"ag-1","allocationType":"Fixed","budgetInAdvertiserCurrency":100,"campaignFlightId":77} satisfies T.AdGroupFlight,
  // AdGroupFlight.json › AdGroupFlight › nullable fields null
  {"adGroupId":null,"allocationType":"Fixed","budgetInAdvertiserCurrency":100,"campaignFlightId":77,"budgetInImpressions":null,"dailyTargetInAdvertiserCurrency":null,"dailyTargetInImpressions":null} satisfies T.AdGroupFlight,
  // AdGroupFunnelLocation.json › AdGroupFunnelLocation values › None
  "None" satisfies T.AdGroupFunnelLocation,
  // AdGroupFunnelLocation.json › AdGroupFunnelLocation values › Awareness
  "Awareness" satisfies T.AdGroupFunnelLocation,
  // AdGroupFunnelLocation.json › AdGroupFunnelLocation values › Conversion
  "Conversion" satisfies T.AdGroupFunnelLocation,
  // AdGroupKoaOptimizationSettings.json › AdGroupKoaOptimizationSettings › empty object
  {} satisfies T.AdGroupKoaOptimizationSettings,
  // AdGroupKoaOptimizationSettings.json › AdGroupKoaOptimizationSettings › both flags
  {"areFutureKoaFeaturesEnabled":true,"predictiveClearingEnabled":false} satisfies T.AdGroupKoaOptimizationSettings,
  // AdGroupNielsenTrackingAttributes.json › AdGroupNielsenTrackingAttributes › every field
  {"enhancedReportingOption":"Site","gender":"Both","startAge":"Eighteen","endAge":"FortyNine","countries":["US","CA"]} satisfies T.AdGroupNielsenTrackingAttributes,
  // AdGroupNielsenTrackingAttributes.json › AdGroupNielsenTrackingAttributes › countries null
  {"enhancedReportingOption":"Site","gender":"Both","startAge":"Eighteen","endAge":"FortyNine","countries":null} satisfies T.AdGroupNielsenTrackingAttributes,
  // AdGroupPayload.json › AdGroupPayload › with an ad group
  {"adGroup":{"id":"ag-1","name":"Spring push","campaignId":"camp-1","isEnabled":true,"channel":"Display","funnelLocation":"Awareness","budget":{"allocationType":"Fixed","budgetInAdvertiserCurrency":1000},"roiGoal":{"maximizeReach":true},"creativeIds":["cr-1"],"associatedBidLists":[{"bidListId":"bl-1","isEnabled":true,"isDefaultForDimension":false}],"flights":[{"adGroupId":"ag-1","allocationType":"Fixed","budgetInAdvertiserCurrency":1000,"campaignFlightId":5}],"comscoreSettings":{"isEnabled":false,"demographicMemberIds":null,"mobileDemographicMemberIds":null},"contractTargeting":{"allowOpenMarketBiddingWhenTargetingContracts":true},"dimensionalBiddingAutoOptimizationSettings":[["HasBrowserId","HasOsId"],[]],"isUseClicksAsConversionsEnabled":false,"isUseSecondaryConversionsEnabled":false}} satisfies T.AdGroupPayload,
  // AdGroupPayload.json › AdGroupPayload › empty payload
  {} satisfies T.AdGroupPayload,
  // AdGroupROIGoal.json › AdGroupROIGoal › empty goal
  {} satisfies T.AdGroupROIGoal,
  // AdGroupROIGoal.json › AdGroupROIGoal › several goals, some null
  {"maximizeReach":false,"maximizeLtvIncrementalReach":null,"cpcInAdvertiserCurrency":0.5,"ctrInPercent":1.2,"nielsenOTPInPercent":null,"cpaInAdvertiserCurrency":20,"returnOnAdSpendPercent":300,"vcrInPercent":80,"viewabilityInPercent":70,"vcpmInAdvertiserCurrency":2,"cpcvInAdvertiserCurrency":null,"miaozhenOTPInPercent":50} satisfies T.AdGroupROIGoal,
  // AdGroupUpdateWorkflowInput.json › AdGroupUpdateWorkflowInput › id only
  {"id":"ag-1"} satisfies T.AdGroupUpdateWorkflowInput,
  // AdGroupUpdateWorkflowInput.json › AdGroupUpdateWorkflowInput › id null with changes
  {"id":null,"primaryInput":{"isEnabled":false},"advancedInput":{"flights":null}} satisfies T.AdGroupUpdateWorkflowInput,
  // AdGroupUpdateWorkflowInputWithValidation.json › AdGroupUpdateWorkflowInputWithValidation › id and validate only
  {"id":"ag-1","validateInputOnly":true} satisfies T.AdGroupUpdateWorkflowInputWithValidation,
  // AdGroupUpdateWorkflowInputWithValidation.json › AdGroupUpdateWorkflowInputWithValidation › id only
  {"id":"ag-1"} satisfies T.AdGroupUpdateWorkflowInputWithValidation,
  // AdGroupUpdateWorkflowPrimaryInput.json › AdGroupUpdateWorkflowPrimaryInput › empty update
  {} satisfies T.AdGroupUpdateWorkflowPrimaryInput,
  // AdGroupUpdateWorkflowPrimaryInput.json › AdGroupUpdateWorkflowPrimaryInput › several fields
  {"isEnabled":null,"name":"New name","channel":"Audio","funnelLocation":"None","creativeIds":[],"budget":{"budgetInImpressions":1000}} satisfies T.AdGroupUpdateWorkflowPrimaryInput,
  // AdGroupWorkflow.json › AdGroupWorkflow › required fields
  {"id":"ag-1","name":"Spring push","campaignId":"camp-1","isEnabled":true,"channel":"Display","funnelLocation":"Awareness","budget":{"allocationType":"Fixed","budgetInAdvertiserCurrency":1000},"roiGoal":{"maximizeReach":true},"creativeIds":["cr-1"],"associatedBidLists":[{"bidListId":"bl-1","isEnabled":true,"isDefaultForDimension":false}],"flights":[{"adGroupId":"ag-1","allocationType":"Fixed","budgetInAdvertiserCurrency":1000,"campaignFlightId":5}],"comscoreSettings":{"isEnabled":false,"demographicMemberIds":null,"mobileDemographicMemberIds":null},"contractTargeting":{"allowOpenMarketBiddingWhenTargetingContracts":true},"dimensionalBiddingAutoOptimizationSettings":[["HasBrowserId","HasOsId"],[]],"isUseClicksAsConversionsEnabled":false,"isUseSecondaryConversionsEnabled":false} satisfies T.AdGroupWorkflow,
  // AdGroupWorkflow.json › AdGroupWorkflow › every field
  {"id":"ag-1","name":"Spring push","campaignId":"camp-1","isEnabled":true,"channel":"Display","funnelLocation":"Awareness","budget":{"allocationType":"Fixed","budgetInAdvertiserCurrency":1000},"roiGoal":{"maximizeReach":true},"creativeIds":["cr-1"],"associatedBidLists":[{"bidListId":"bl-1","isEnabled":true,"isDefaultForDimension":false}],"flights":[{"adGroupId":"ag-1","allocationType":"Fixed","budgetInAdvertiserCurrency":1000,"campaignFlightId":5}],"comscoreSettings":{"isEnabled":false,"demographicMemberIds":null,"mobileDemographicMemberIds":null},"contractTargeting":{"allowOpenMarketBiddingWhenTargetingContracts":true},"dimensionalBiddingAutoOptimizationSettings":[["HasBrowserId","HasOsId"],[]],"isUseClicksAsConversionsEnabled":false,"isUseSecondaryConversionsEnabled":false,"description":"Q2","programmaticGuaranteedPrivateContractId":null,"baseBidCPMInAdvertiserCurrency":1.5,"maxBidCPMInAdvertiserCurrency":null,"audienceTargeting":{"audienceAcceleratorExclusionsEnabled":false,"audienceBoosterEnabled":false,"audienceExcluderEnabled":false,"audiencePredictorEnabled":false,"crossDeviceVendorListForAudience":null,"recencyExclusionWindowInMinutes":0,"targetTrackableUsersEnabled":false,"useMcIdAsPrimary":false},"koaOptimizationSettings":{"predictiveClearingEnabled":true},"nielsenTrackingAttributes":{"enhancedReportingOption":"None","gender":"Female","startAge":"Two","endAge":"Seventeen","countries":null}} satisfies T.AdGroupWorkflow,
  // AdGroupWorkflow.json › AdGroupWorkflow › nullable lists null
  {"id":"ag-1","name":"Spring push","campaignId":"camp-1","isEnabled":true,"channel":"Display","funnelLocation":"Awareness","budget":{"allocationType":"Fixed","budgetInAdvertiserCurrency":1000},"roiGoal":{"maximizeReach":true},"creativeIds":null,"associatedBidLists":null,"flights":null,"comscoreSettings":{"isEnabled":false,"demographicMemberIds":null,"mobileDemographicMemberIds":null},"contractTargeting":{"allowOpenMarketBiddingWhenTargetingContracts":true},"dimensionalBiddingAutoOptimizationSettings":null,"isUseClicksAsConversionsEnabled":false,"isUseSecondaryConversionsEnabled":false} satisfies T.AdGroupWorkflow,
  // AdGroupWorkflowAdvancedInput.json › AdGroupWorkflowAdvancedInput › empty
  {} satisfies T.AdGroupWorkflowAdvancedInput,
  // AdGroupWorkflowAdvancedInput.json › AdGroupWorkflowAdvancedInput › every section
  {"koaOptimizationSettings":{"areFutureKoaFeaturesEnabled":null},"comscoreSettings":{"isEnabled":true,"populationId":null},"contractTargeting":{"allowOpenMarketBiddingWhenTargetingContracts":null},"dimensionalBiddingAutoOptimizationSettings":[["HasDeviceTypeId"]],"isUseClicksAsConversionsEnabled":null,"isUseSecondaryConversionsEnabled":true,"nielsenTrackingAttributes":{"gender":"Male","startAge":"Thirty","endAge":"FortyFour","countries":["GB"]},"newFrequencyConfigs":[{"counterName":"daily","frequencyCap":3,"resetIntervalInMinutes":1440}],"flights":[{"campaignFlightId":5,"budgetInAdvertiserCurrency":10}]} satisfies T.AdGroupWorkflowAdvancedInput,
  // AdGroupWorkflowAssociateBidListInput.json › AdGroupWorkflowAssociateBidListInput › id only
  {"bidListId":"bl-1"} satisfies T.AdGroupWorkflowAssociateBidListInput,
  // AdGroupWorkflowAssociateBidListInput.json › AdGroupWorkflowAssociateBidListInput › flags null
  {"bidListId":"bl-1","isEnabled":null,"isDefaultForDimension":null} satisfies T.AdGroupWorkflowAssociateBidListInput,
  // AdGroupWorkflowAudienceTargetingInput.json › AdGroupWorkflowAudienceTargetingInput › empty
  {} satisfies T.AdGroupWorkflowAudienceTargetingInput,
  // AdGroupWorkflowAudienceTargetingInput.json › AdGroupWorkflowAudienceTargetingInput › every field
  {"audienceId":null,"audienceAcceleratorExclusionsEnabled":true,"audienceBoosterEnabled":null,"audienceExcluderEnabled":false,"audiencePredictorEnabled":true,"crossDeviceVendorListForAudience":[7],"recencyExclusionWindowInMinutes":null,"targetTrackableUsersEnabled":null,"useMcIdAsPrimary":true} satisfies T.AdGroupWorkflowAudienceTargetingInput,
  // AdGroupWorkflowBudgetInput.json › AdGroupWorkflowBudgetInput › empty
  {} satisfies T.AdGroupWorkflowBudgetInput,
  // AdGroupWorkflowBudgetInput.json › AdGroupWorkflowBudgetInput › every field
  {"allocationType":"Minimum","budgetInAdvertiserCurrency":null,"budgetInImpressions":100000,"dailyTargetInAdvertiserCurrency":12.5,"dailyTargetInImpressions":null} satisfies T.AdGroupWorkflowBudgetInput,
  // AdGroupWorkflowComscoreSettingsInput.json › AdGroupWorkflowComscoreSettingsInput › enabled only
  {"isEnabled":true} satisfies T.AdGroupWorkflowComscoreSettingsInput,
  // AdGroupWorkflowComscoreSettingsInput.json › AdGroupWorkflowComscoreSettingsInput › every field
  {"isEnabled":false,"populationId":12,"demographicMemberIds":null,"mobileDemographicMemberIds":[3]} satisfies T.AdGroupWorkflowComscoreSettingsInput,
  // AdGroupWorkflowContractTargetingInput.json › AdGroupWorkflowContractTargetingInput › empty
  {} satisfies T.AdGroupWorkflowContractTargetingInput,
  // AdGroupWorkflowContractTargetingInput.json › AdGroupWorkflowContractTargetingInput › null flag
  {"allowOpenMarketBiddingWhenTargetingContracts":null} satisfies T.AdGroupWorkflowContractTargetingInput,
  // AdGroupWorkflowFlightInput.json › AdGroupWorkflowFlightInput › campaignFlightId only
  {"campaignFlightId":12} satisfies T.AdGroupWorkflowFlightInput,
  // AdGroupWorkflowFlightInput.json › AdGroupWorkflowFlightInput › every field
  {"campaignFlightId":12,"allocationType":"Maximum","budgetInAdvertiserCurrency":null,"budgetInImpressions":10,"dailyTargetInAdvertiserCurrency":1,"dailyTargetInImpressions":null} satisfies T.AdGroupWorkflowFlightInput,
  // AdGroupWorkflowKoaOptimizationSettingsInput.json › AdGroupWorkflowKoaOptimizationSettingsInput › empty
  {} satisfies T.AdGroupWorkflowKoaOptimizationSettingsInput,
  // AdGroupWorkflowKoaOptimizationSettingsInput.json › AdGroupWorkflowKoaOptimizationSettingsInput › null flags
  {"areFutureKoaFeaturesEnabled":null,"predictiveClearingEnabled":null} satisfies T.AdGroupWorkflowKoaOptimizationSettingsInput,
  // AdGroupWorkflowNewFrequencyConfigInput.json › AdGroupWorkflowNewFrequencyConfigInput › counter only
  {"counterName":"weekly"} satisfies T.AdGroupWorkflowNewFrequencyConfigInput,
  // AdGroupWorkflowNewFrequencyConfigInput.json › AdGroupWorkflowNewFrequencyConfigInput › counter null with caps
  {"counterName":null,"frequencyCap":null,"frequencyGoal":2,"resetIntervalInMinutes":10080} satisfies T.AdGroupWorkflowNewFrequencyConfigInput,
  // AdGroupWorkflowNielsenTrackingAttributesInput.json › AdGroupWorkflowNielsenTrackingAttributesInput › required fields
  {"gender":"Both","startAge":"Two","endAge":"SixtyFourPlus","countries":null} satisfies T.AdGroupWorkflowNielsenTrackingAttributesInput,
  // AdGroupWorkflowNielsenTrackingAttributesInput.json › AdGroupWorkflowNielsenTrackingAttributesInput › with reporting option
  {"enhancedReportingOption":"Audience","gender":"Male","startAge":"Eighteen","endAge":"Twenty","countries":["US"]} satisfies T.AdGroupWorkflowNielsenTrackingAttributesInput,
  // AdGroupWorkflowROIGoalInput.json › AdGroupWorkflowROIGoalInput › empty goal
  {} satisfies T.AdGroupWorkflowROIGoalInput,
  // AdGroupWorkflowROIGoalInput.json › AdGroupWorkflowROIGoalInput › several goals, some null
  {"maximizeReach":false,"maximizeLtvIncrementalReach":null,"cpcInAdvertiserCurrency":0.5,"ctrInPercent":1.2,"nielsenOTPInPercent":null,"cpaInAdvertiserCurrency":20,"returnOnAdSpendPercent":300,"vcrInPercent":80,"viewabilityInPercent":70,"vcpmInAdvertiserCurrency":2,"cpcvInAdvertiserCurrency":null,"miaozhenOTPInPercent":50} satisfies T.AdGroupWorkflowROIGoalInput,
  // AllocationType.json › AllocationType values › Minimum
  "Minimum" satisfies T.AllocationType,
  // AllocationType.json › AllocationType values › Fixed
  "Fixed" satisfies T.AllocationType,
  // AllocationType.json › AllocationType values › Maximum
  "Maximum" satisfies T.AllocationType,
  // BulkJobStatusResponse.json › BulkJobStatusResponse: statuses and nullable fields › status InProgress, only the required fields
  {"id":1,"createdAtUtc":"2025-03-01T10:00:00Z","status":"InProgress"} satisfies T.BulkJobStatusResponse,
  // BulkJobStatusResponse.json › BulkJobStatusResponse: statuses and nullable fields › status Failure with errors
  {"id":2,"createdAtUtc":"2025-03-01T10:00:00Z","completedAtUtc":"2025-03-01T10:05:00Z","status":"Failure","errors":"campaign 42 not found"} satisfies T.BulkJobStatusResponse,
  // BulkJobStatusResponse.json › BulkJobStatusResponse: statuses and nullable fields › status Success with every field
  {"id":3,"createdAtUtc":"2025-03-01T10:00:00Z","completedAtUtc":"2025-03-01T10:05:00.123Z","completionPercentage":100,"status":"Success","url":"https://example.test/result/3","rawResult":"{\"ids\":[\"a\"]}","errors":null} satisfies T.BulkJobStatusResponse,
  // BulkJobStatusResponse.json › BulkJobStatusResponse: statuses and nullable fields › status PartialSuccess
  {"id":4,"createdAtUtc":"2025-03-01T10:00:00Z","status":"PartialSuccess","completionPercentage":57.5} satisfies T.BulkJobStatusResponse,
  // BulkJobStatusResponse.json › BulkJobStatusResponse: statuses and nullable fields › completedAtUtc null
  {"id":5,"createdAtUtc":"2025-03-01T10:00:00Z","status":"InProgress","completedAtUtc":null} satisfies T.BulkJobStatusResponse,
  // BulkJobStatusResponse.json › BulkJobStatusResponse: statuses and nullable fields › completionPercentage null
  {"id":6,"createdAtUtc":"2025-03-01T10:00:00Z","status":"InProgress","completionPercentage":null} satisfies T.BulkJobStatusResponse,
  // BulkJobStatusResponse.json › BulkJobStatusResponse: statuses and nullable fields › url null
  {"id":7,"createdAtUtc":"2025-03-01T10:00:00Z","status":"Success","url":null} satisfies T.BulkJobStatusResponse,
  // BulkJobStatusResponse.json › BulkJobStatusResponse: statuses and nullable fields › rawResult null (result larger than 5 MB)
  {"id":8,"createdAtUtc":"2025-03-01T10:00:00Z","status":"Success","rawResult":null,"url":"https://example.test/r/8"} satisfies T.BulkJobStatusResponse,
  // BulkJobStatusResponse.json › BulkJobStatusResponse: statuses and nullable fields › errors null
  {"id":9,"createdAtUtc":"2025-03-01T10:00:00Z","status":"Success","errors":null} satisfies T.BulkJobStatusResponse,
  // BulkJobStatusResponse.json › BulkJobStatusResponse: statuses and nullable fields › every nullable field null at once
  {"id":10,"createdAtUtc":"2025-03-01T10:00:00Z","status":"InProgress","completedAtUtc":null,"completionPercentage":null,"url":null,"rawResult":null,"errors":null} satisfies T.BulkJobStatusResponse,
  // BulkJobStatusResponse.json › BulkJobStatusResponse: statuses and nullable fields › largest safe id
  {"id":9007199254740991,"createdAtUtc":"2025-03-01T10:00:00Z","status":"InProgress"} satisfies T.BulkJobStatusResponse,
  // BulkJobStatusResponse.json › BulkJobStatusResponse: statuses and nullable fields › negative id is still an int64
  {"id":-1,"createdAtUtc":"2025-03-01T10:00:00Z","status":"InProgress"} satisfies T.BulkJobStatusResponse,
  // BulkJobStatusResponse.json › BulkJobStatusResponse: RFC 3339 date-times › 29 February of a leap year
  {"id":1,"createdAtUtc":"2024-02-29T00:00:00Z","status":"InProgress"} satisfies T.BulkJobStatusResponse,
  // BulkJobStatusResponse.json › BulkJobStatusResponse: RFC 3339 date-times › fractional seconds and a positive offset
  {"id":1,"createdAtUtc":"2025-03-01T10:00:00.123456+05:30","status":"InProgress"} satisfies T.BulkJobStatusResponse,
  // BulkJobStatusResponse.json › BulkJobStatusResponse: RFC 3339 date-times › negative offset
  {"id":1,"createdAtUtc":"2025-12-31T23:59:59-08:00","status":"InProgress"} satisfies T.BulkJobStatusResponse,
  // BulkJobStatusResponse.json › BulkJobStatusResponse: RFC 3339 date-times › lower-case t and z
  {"id":1,"createdAtUtc":"2025-03-01t10:00:00z","status":"InProgress"} satisfies T.BulkJobStatusResponse,
  // BulkJobStatusResponse.json › BulkJobStatusResponse: RFC 3339 date-times › leap second at 23:59:60 UTC
  {"id":1,"createdAtUtc":"2016-12-31T23:59:60Z","status":"InProgress"} satisfies T.BulkJobStatusResponse,
  // BulkJobSubmitResponse.json › BulkJobSubmitResponse › job id
  {"id":123456789} satisfies T.BulkJobSubmitResponse,
  // CallPubApiWorkflowInput.json › CallPubApiWorkflowInput › GET without body
  {"methodType":"GET","endpoint":"/v3/advertiser/abc"} satisfies T.CallPubApiWorkflowInput,
  // CallPubApiWorkflowInput.json › CallPubApiWorkflowInput › POST with body, endpoint null
  {"methodType":"POST","endpoint":null,"dataBody":"{\"a\":1}"} satisfies T.CallPubApiWorkflowInput,
  // CampaignBulkCreateWorkflowInputWithValidation.json › CampaignBulkCreateWorkflowInputWithValidation › two campaigns
  {"input":[{"primaryInput":{"advertiserId":"adv-1","name":"Launch","primaryChannel":"Display","primaryGoal":{"maximizeReach":true}}},{"primaryInput":{"advertiserId":"adv-1","name":"Second","primaryChannel":"Display","primaryGoal":{"maximizeReach":true}}}]} satisfies T.CampaignBulkCreateWorkflowInputWithValidation,
  // CampaignBulkCreateWorkflowInputWithValidation.json › CampaignBulkCreateWorkflowInputWithValidation › input null with callback headers
  {"input":null,"callbackInput":{"callbackUrl":"https://example.test/cb","callbackHeaders":{"X-Token":"t"}}} satisfies T.CampaignBulkCreateWorkflowInputWithValidation,
  // CampaignBulkUpdateWorkflowInputWithValidation.json › CampaignBulkUpdateWorkflowInputWithValidation › one update
  {"input":[{"id":"camp-1","primaryInput":{"name":"Renamed"}}],"validateInputOnly":false} satisfies T.CampaignBulkUpdateWorkflowInputWithValidation,
  // CampaignBulkUpdateWorkflowInputWithValidation.json › CampaignBulkUpdateWorkflowInputWithValidation › empty list
  {"input":[]} satisfies T.CampaignBulkUpdateWorkflowInputWithValidation,
  // CampaignChannelType.json › CampaignChannelType values › None
  "None" satisfies T.CampaignChannelType,
  // CampaignChannelType.json › CampaignChannelType values › DOOH
  "DOOH" satisfies T.CampaignChannelType,
  // CampaignChannelType.json › CampaignChannelType values › NativeVideo
  "NativeVideo" satisfies T.CampaignChannelType,
  // CampaignCreateWorkflowAdGroupAdvancedInput.json › CampaignCreateWorkflowAdGroupAdvancedInput › empty
  {} satisfies T.CampaignCreateWorkflowAdGroupAdvancedInput,
  // CampaignCreateWorkflowAdGroupAdvancedInput.json › CampaignCreateWorkflowAdGroupAdvancedInput › every section, flights without campaignFlightId
  {"koaOptimizationSettings":{"areFutureKoaFeaturesEnabled":null},"comscoreSettings":{"isEnabled":true,"populationId":null},"contractTargeting":{"allowOpenMarketBiddingWhenTargetingContracts":null},"dimensionalBiddingAutoOptimizationSettings":[["HasDeviceTypeId"]],"isUseClicksAsConversionsEnabled":null,"isUseSecondaryConversionsEnabled":true,"nielsenTrackingAttributes":{"gender":"Male","startAge":"Thirty","endAge":"FortyFour","countries":["GB"]},"newFrequencyConfigs":[{"counterName":"daily","frequencyCap":3,"resetIntervalInMinutes":1440}],"flights":[{"allocationType":"Maximum","budgetInImpressions":100}]} satisfies T.CampaignCreateWorkflowAdGroupAdvancedInput,
  // CampaignCreateWorkflowAdGroupFlightInput.json › CampaignCreateWorkflowAdGroupFlightInput › empty
  {} satisfies T.CampaignCreateWorkflowAdGroupFlightInput,
  // CampaignCreateWorkflowAdGroupFlightInput.json › CampaignCreateWorkflowAdGroupFlightInput › every field
  {"allocationType":"Fixed","budgetInAdvertiserCurrency":10,"budgetInImpressions":null,"dailyTargetInAdvertiserCurrency":null,"dailyTargetInImpressions":10} satisfies T.CampaignCreateWorkflowAdGroupFlightInput,
  // CampaignCreateWorkflowAdGroupInput.json › CampaignCreateWorkflowAdGroupInput › primary input only
  {"primaryInput":{"name":"AG","channel":"Video","funnelLocation":"Conversion"}} satisfies T.CampaignCreateWorkflowAdGroupInput,
  // CampaignCreateWorkflowAdGroupInput.json › CampaignCreateWorkflowAdGroupInput › with advanced input
  {"primaryInput":{"name":"AG","channel":"Video","funnelLocation":"Conversion"},"advancedInput":{"flights":[{"allocationType":"Fixed"}]}} satisfies T.CampaignCreateWorkflowAdGroupInput,
  // CampaignCreateWorkflowInput.json › CampaignCreateWorkflowInput › primary input only
  {"primaryInput":{"advertiserId":"adv-1","name":"Launch","primaryChannel":"Display","primaryGoal":{"maximizeReach":true}}} satisfies T.CampaignCreateWorkflowInput,
  // CampaignCreateWorkflowInput.json › CampaignCreateWorkflowInput › with ad groups and advanced input
  {"primaryInput":{"advertiserId":"adv-1","name":"Launch","primaryChannel":"Display","primaryGoal":{"maximizeReach":true}},"adGroups":[{"primaryInput":{"name":"AG","channel":"Video","funnelLocation":"Conversion"}}],"advancedInput":{"purchaseOrderNumber":"PO-1","flights":null}} satisfies T.CampaignCreateWorkflowInput,
  // CampaignCreateWorkflowInput.json › CampaignCreateWorkflowInput › adGroups null
  {"primaryInput":{"advertiserId":"adv-1","name":"Launch","primaryChannel":"Display","primaryGoal":{"maximizeReach":true}},"adGroups":null} satisfies T.CampaignCreateWorkflowInput,
  // CampaignCreateWorkflowInputWithValidation.json › CampaignCreateWorkflowInputWithValidation › primary input only
  {"primaryInput":{"advertiserId":"adv-1","name":"Launch","primaryChannel":"Display","primaryGoal":{"maximizeReach":true}}} satisfies T.CampaignCreateWorkflowInputWithValidation,
  // CampaignCreateWorkflowInputWithValidation.json › CampaignCreateWorkflowInputWithValidation › validate only
  {"primaryInput":{"advertiserId":"adv-1","name":"Launch","primaryChannel":"Display","primaryGoal":{"maximizeReach":true}},"validateInputOnly":true} satisfies T.CampaignCreateWorkflowInputWithValidation,
  // CampaignCreateWorkflowPrimaryInput.json › CampaignCreateWorkflowPrimaryInput › required fields
  {"advertiserId":"adv-1","name":"Launch","primaryChannel":"Display","primaryGoal":{"maximizeReach":true}} satisfies T.CampaignCreateWorkflowPrimaryInput,
  // CampaignCreateWorkflowPrimaryInput.json › CampaignCreateWorkflowPrimaryInput › every field
  {"advertiserId":"adv-1","name":"Launch","primaryChannel":"Display","primaryGoal":{"maximizeReach":true},"description":null,"timeZone":"Europe/Berlin","customCPAClickWeight":0.5,"customCPAViewthroughWeight":null,"customCPAType":"ClickViewthroughWeighting","impressionsOnlyBudgetingCpm":null,"budget":{"pacingMode":"PaceEvenly","budgetInAdvertiserCurrency":50000},"endDateInUtc":"2025-06-30T23:59:59Z","seedId":null,"startDateInUtc":"2025-04-01T00:00:00Z","campaignConversionReportingColumns":[{"trackingTagId":"tag-1","includeInCustomCPA":true,"reportingColumnId":1}]} satisfies T.CampaignCreateWorkflowPrimaryInput,
  // CampaignFlightWorkflow.json › CampaignFlightWorkflow › required fields
  {"id":"cf-1","startDateInclusiveUTC":"2025-04-01T00:00:00Z","budgetInAdvertiserCurrency":1000} satisfies T.CampaignFlightWorkflow,
  // CampaignFlightWorkflow.json › CampaignFlightWorkflow › every field
  {"id":null,"startDateInclusiveUTC":"2025-04-01T00:00:00Z","budgetInAdvertiserCurrency":1000,"endDateExclusiveUTC":null,"budgetInImpressions":10,"dailyTargetInAdvertiserCurrency":null,"dailyTargetInImpressions":null} satisfies T.CampaignFlightWorkflow,
  // CampaignPacingMode.json › CampaignPacingMode values › PaceAhead
  "PaceAhead" satisfies T.CampaignPacingMode,
  // CampaignPacingMode.json › CampaignPacingMode values › PaceAsSoonAsPossible
  "PaceAsSoonAsPossible" satisfies T.CampaignPacingMode,
  // CampaignPayload.json › CampaignPayload › campaign with ad groups
  {"campaign":{"id":"camp-1","name":"Launch","description":null,"startDate":"2025-04-01T00:00:00Z","endDate":null,"timeZone":"UTC","customCPAClickWeight":null,"customCPAViewthroughWeight":1,"customCPAType":"Disabled","impressionsOnlyBudgetingCpm":null,"primaryChannel":"TV","primaryGoal":"MaximizeReach","seedId":null,"conversionReportingColumnsCount":2,"flights":[{"id":"cf-1","startDateInclusiveUTC":"2025-04-01T00:00:00Z","budgetInAdvertiserCurrency":1000}]},"adGroups":[]} satisfies T.CampaignPayload,
  // CampaignPayload.json › CampaignPayload › empty
  {} satisfies T.CampaignPayload,
  // CampaignPayload.json › CampaignPayload › adGroups null
  {"campaign":{"id":"camp-1"},"adGroups":null} satisfies T.CampaignPayload,
  // CampaignUpdateWorkflowInput.json › CampaignUpdateWorkflowInput › id only
  {"id":"camp-1"} satisfies T.CampaignUpdateWorkflowInput,
  // CampaignUpdateWorkflowInput.json › CampaignUpdateWorkflowInput › with primary and advanced input
  {"id":"camp-1","primaryInput":{"timeZone":"UTC"},"advancedInput":{"purchaseOrderNumber":null}} satisfies T.CampaignUpdateWorkflowInput,
  // CampaignUpdateWorkflowInputWithValidation.json › CampaignUpdateWorkflowInputWithValidation › id with validate only
  {"id":"camp-1","validateInputOnly":null} satisfies T.CampaignUpdateWorkflowInputWithValidation,
  // CampaignUpdateWorkflowInputWithValidation.json › CampaignUpdateWorkflowInputWithValidation › id only
  {"id":null} satisfies T.CampaignUpdateWorkflowInputWithValidation,
  // CampaignUpdateWorkflowPrimaryInput.json › CampaignUpdateWorkflowPrimaryInput › empty
  {} satisfies T.CampaignUpdateWorkflowPrimaryInput,
  // CampaignUpdateWorkflowPrimaryInput.json › CampaignUpdateWorkflowPrimaryInput › several fields
  {"name":null,"primaryChannel":"Audio","primaryGoal":{"cpcInAdvertiserCurrency":0.2},"endDateInUtc":null,"budget":{"pacingMode":"PaceAhead","budgetInAdvertiserCurrency":1}} satisfies T.CampaignUpdateWorkflowPrimaryInput,
  // CampaignVersionWorkflow.json › CampaignVersionWorkflow › every field
  {"Id":"camp-1","version":"v7","budgetingVersion":null} satisfies T.CampaignVersionWorkflow,
  // CampaignVersionWorkflow.json › CampaignVersionWorkflow › Id only
  {"Id":null} satisfies T.CampaignVersionWorkflow,
  // CampaignWorkflow.json › CampaignWorkflow › id only
  {"id":"camp-1"} satisfies T.CampaignWorkflow,
  // CampaignWorkflow.json › CampaignWorkflow › every field
  {"id":"camp-1","name":"Launch","description":null,"startDate":"2025-04-01T00:00:00Z","endDate":null,"timeZone":"UTC","customCPAClickWeight":null,"customCPAViewthroughWeight":1,"customCPAType":"Disabled","impressionsOnlyBudgetingCpm":null,"primaryChannel":"TV","primaryGoal":"MaximizeReach","seedId":null,"conversionReportingColumnsCount":2,"flights":[{"id":"cf-1","startDateInclusiveUTC":"2025-04-01T00:00:00Z","budgetInAdvertiserCurrency":1000}]} satisfies T.CampaignWorkflow,
  // CampaignWorkflow.json › CampaignWorkflow › id null (nullable, still required)
  {"id":null} satisfies T.CampaignWorkflow,
  // CampaignWorkflowAdvancedInput.json › CampaignWorkflowAdvancedInput › empty
  {} satisfies T.CampaignWorkflowAdvancedInput,
  // CampaignWorkflowAdvancedInput.json › CampaignWorkflowAdvancedInput › flights and PO number
  {"flights":[{"startDateInclusiveUTC":"2025-04-01T00:00:00+02:00","budgetInAdvertiserCurrency":10}],"purchaseOrderNumber":"PO-9"} satisfies T.CampaignWorkflowAdvancedInput,
  // CampaignWorkflowBudgetInput.json › CampaignWorkflowBudgetInput › required fields
  {"pacingMode":"PaceToDailyCap","budgetInAdvertiserCurrency":100} satisfies T.CampaignWorkflowBudgetInput,
  // CampaignWorkflowBudgetInput.json › CampaignWorkflowBudgetInput › every field
  {"pacingMode":"PaceAhead","budgetInAdvertiserCurrency":0.01,"budgetInImpressions":null,"dailyTargetInAdvertiserCurrency":5,"dailyTargetInImpressions":1000} satisfies T.CampaignWorkflowBudgetInput,
  // CampaignWorkflowCampaignConversionReportingColumnInput.json › CampaignWorkflowCampaignConversionReportingColumnInput › required fields
  {"trackingTagId":"tag-1","includeInCustomCPA":false,"reportingColumnId":3} satisfies T.CampaignWorkflowCampaignConversionReportingColumnInput,
  // CampaignWorkflowCampaignConversionReportingColumnInput.json › CampaignWorkflowCampaignConversionReportingColumnInput › with ROAS config and weight
  {"trackingTagId":"tag-1","includeInCustomCPA":false,"reportingColumnId":3,"ROASConfig":{"includeInCustomROAS":true,"customROASWeight":0.5},"weight":null,"crossDeviceAttributionModelId":"m-1"} satisfies T.CampaignWorkflowCampaignConversionReportingColumnInput,
  // CampaignWorkflowFlightInput.json › CampaignWorkflowFlightInput › required fields
  {"startDateInclusiveUTC":"2025-04-01T00:00:00Z","budgetInAdvertiserCurrency":10} satisfies T.CampaignWorkflowFlightInput,
  // CampaignWorkflowFlightInput.json › CampaignWorkflowFlightInput › with end date null
  {"startDateInclusiveUTC":"2025-04-01T00:00:00Z","endDateExclusiveUTC":null,"budgetInAdvertiserCurrency":10,"dailyTargetInImpressions":5} satisfies T.CampaignWorkflowFlightInput,
  // CampaignWorkflowROIGoalInput.json › CampaignWorkflowROIGoalInput › empty goal
  {} satisfies T.CampaignWorkflowROIGoalInput,
  // CampaignWorkflowROIGoalInput.json › CampaignWorkflowROIGoalInput › several goals, some null
  {"maximizeReach":false,"maximizeLtvIncrementalReach":null,"cpcInAdvertiserCurrency":0.5,"ctrInPercent":1.2,"nielsenOTPInPercent":null,"cpaInAdvertiserCurrency":20,"returnOnAdSpendPercent":300,"vcrInPercent":80,"viewabilityInPercent":70,"vcpmInAdvertiserCurrency":2,"cpcvInAdvertiserCurrency":null,"miaozhenOTPInPercent":50} satisfies T.CampaignWorkflowROIGoalInput,
  // CustomCPAType.json › CustomCPAType values › Disabled
  "Disabled" satisfies T.CustomCPAType,
  // CustomCPAType.json › CustomCPAType values › PixelWeighting
  "PixelWeighting" satisfies T.CustomCPAType,
  // CustomCPAType.json › CustomCPAType values › ClickViewthroughWeighting
  "ClickViewthroughWeighting" satisfies T.CustomCPAType,
  // CustomROASConfig.json › CustomROASConfig › flag only
  {"includeInCustomROAS":false} satisfies T.CustomROASConfig,
  // CustomROASConfig.json › CustomROASConfig › every weight
  {"includeInCustomROAS":true,"customROASWeight":1,"customROASClickWeight":null,"customROASViewthroughWeight":0.25} satisfies T.CustomROASConfig,
  // DimensionalBiddingDimensions.json › DimensionalBiddingDimensions values › UnknownDimension
  "UnknownDimension" satisfies T.DimensionalBiddingDimensions,
  // DimensionalBiddingDimensions.json › DimensionalBiddingDimensions values › HasBrowserId
  "HasBrowserId" satisfies T.DimensionalBiddingDimensions,
  // DimensionalBiddingDimensions.json › DimensionalBiddingDimensions values › HasIdiosyncraticSegmentId
  "HasIdiosyncraticSegmentId" satisfies T.DimensionalBiddingDimensions,
  // EnhancedNielsenReportingOptions.json › EnhancedNielsenReportingOptions values › None
  "None" satisfies T.EnhancedNielsenReportingOptions,
  // EnhancedNielsenReportingOptions.json › EnhancedNielsenReportingOptions values › Audience
  "Audience" satisfies T.EnhancedNielsenReportingOptions,
  // EnhancedNielsenReportingOptions.json › EnhancedNielsenReportingOptions values › Site
  "Site" satisfies T.EnhancedNielsenReportingOptions,
  // FirstPartyDataInput.json › FirstPartyDataInput › advertiser only
  {"advertiserId":"adv-1"} satisfies T.FirstPartyDataInput,
  // FirstPartyDataInput.json › FirstPartyDataInput › every field
  {"advertiserId":"adv-1","nameFilter":null,"queryShape":"{ id name }","callbackInput":{"callbackUrl":"https://example.test/cb"}} satisfies T.FirstPartyDataInput,
  // GraphQLRequestInput.json › GraphQLRequestInput › query only
  {"request":"query { advertiser(id: \"a\") { id } }"} satisfies T.GraphQLRequestInput,
  // GraphQLRequestInput.json › GraphQLRequestInput › with variables of any shape
  {"request":"query($id: ID!) { advertiser(id: $id) { id } }","variables":{"id":"a","n":1,"nested":{"list":[true,null]}}} satisfies T.GraphQLRequestInput,
  // GraphQLRequestInput.json › GraphQLRequestInput › variables null
  {"request":"{ me { id } }","variables":null} satisfies T.GraphQLRequestInput,
  // GraphQLRequestInput.json › GraphQLRequestInput › one emoji is one code point long enough
  {"request":"😀"} satisfies T.GraphQLRequestInput,
  // ProblemDetails.json › ProblemDetails › RFC 9457 members
  {"type":"https://example.test/problems/invalid","title":"Invalid request","status":400,"detail":"name is required","instance":"/adgroup"} satisfies T.ProblemDetails,
  // ProblemDetails.json › ProblemDetails › extension members of any JSON type (string traceId)
  {"title":"Bad Request","status":400,"traceId":"00-4bf92f3577b34da6a3ce929d0e0e4736-00","errors":{"name":["required"]},"retryable":false} satisfies T.ProblemDetails,
  // ProblemDetails.json › ProblemDetails › empty object
  {} satisfies T.ProblemDetails,
  // ProblemDetails.json › ProblemDetails › every member null
  {"type":null,"title":null,"status":null,"detail":null,"instance":null} satisfies T.ProblemDetails,
  // PubApiMethodType.json › PubApiMethodType values › POST
  "POST" satisfies T.PubApiMethodType,
  // PubApiMethodType.json › PubApiMethodType values › PUT
  "PUT" satisfies T.PubApiMethodType,
  // PubApiMethodType.json › PubApiMethodType values › GET
  "GET" satisfies T.PubApiMethodType,
  // PubApiMethodType.json › PubApiMethodType values › DELETE
  "DELETE" satisfies T.PubApiMethodType,
  // TargetingEndAge.json › TargetingEndAge values › Seventeen
  "Seventeen" satisfies T.TargetingEndAge,
  // TargetingEndAge.json › TargetingEndAge values › SixtyFourPlus
  "SixtyFourPlus" satisfies T.TargetingEndAge,
  // TargetingGender.json › TargetingGender values › Male
  "Male" satisfies T.TargetingGender,
  // TargetingGender.json › TargetingGender values › Female
  "Female" satisfies T.TargetingGender,
  // TargetingGender.json › TargetingGender values › Both
  "Both" satisfies T.TargetingGender,
  // TargetingStartAge.json › TargetingStartAge values › Two
  "Two" satisfies T.TargetingStartAge,
  // TargetingStartAge.json › TargetingStartAge values › SixtyFive
  "SixtyFive" satisfies T.TargetingStartAge,
  // ThirdPartyDataInput.json › ThirdPartyDataInput › partner only
  {"partnerId":"p-1"} satisfies T.ThirdPartyDataInput,
  // ThirdPartyDataInput.json › ThirdPartyDataInput › every field
  {"partnerId":"p-1","queryShape":null,"callbackInput":{"callbackUrl":"https://example.test/cb","callbackHeaders":null}} satisfies T.ThirdPartyDataInput,
  // WorkflowCallbackInput.json › WorkflowCallbackInput › url only
  {"callbackUrl":"https://example.test/cb"} satisfies T.WorkflowCallbackInput,
  // WorkflowCallbackInput.json › WorkflowCallbackInput › with headers
  {"callbackUrl":"https://example.test/cb","callbackHeaders":{"Authorization":"Bearer x","X-Id":"1"}} satisfies T.WorkflowCallbackInput,
  // WorkflowCallbackInput.json › WorkflowCallbackInput › headers null
  {"callbackUrl":"https://example.test/cb","callbackHeaders":null} satisfies T.WorkflowCallbackInput,
  // WorkflowStatus.json › WorkflowStatus values › InProgress
  "InProgress" satisfies T.WorkflowStatus,
  // WorkflowStatus.json › WorkflowStatus values › Failure
  "Failure" satisfies T.WorkflowStatus,
  // WorkflowStatus.json › WorkflowStatus values › Success
  "Success" satisfies T.WorkflowStatus,
  // WorkflowStatus.json › WorkflowStatus values › PartialSuccess
  "PartialSuccess" satisfies T.WorkflowStatus,
] as const;
