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
  // AdGroupCreateWorkflowPrimaryInput.json › AdGroupCreateWorkflowPrimaryInput › market type and campaign defaults
  {"name":"Spring push","channel":"Display","funnelLocation":"Awareness","marketType":"PrivateMarketOnly","includeDefaultsFromCampaign":true} satisfies T.AdGroupCreateWorkflowPrimaryInput,
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
  // AdGroupUpdateWorkflowPrimaryInput.json › AdGroupUpdateWorkflowPrimaryInput › market type
  {"marketType":"Marketplace"} satisfies T.AdGroupUpdateWorkflowPrimaryInput,
  // AdGroupWorkflow.json › AdGroupWorkflow › required fields
  {"id":"ag-1","name":"Spring push","campaignId":"camp-1","isEnabled":true,"channel":"Display","funnelLocation":"Awareness","budget":{"allocationType":"Fixed","budgetInAdvertiserCurrency":1000},"roiGoal":{"maximizeReach":true},"creativeIds":["cr-1"],"associatedBidLists":[{"bidListId":"bl-1","isEnabled":true,"isDefaultForDimension":false}],"flights":[{"adGroupId":"ag-1","allocationType":"Fixed","budgetInAdvertiserCurrency":1000,"campaignFlightId":5}],"comscoreSettings":{"isEnabled":false,"demographicMemberIds":null,"mobileDemographicMemberIds":null},"contractTargeting":{"allowOpenMarketBiddingWhenTargetingContracts":true},"dimensionalBiddingAutoOptimizationSettings":[["HasBrowserId","HasOsId"],[]],"isUseClicksAsConversionsEnabled":false,"isUseSecondaryConversionsEnabled":false} satisfies T.AdGroupWorkflow,
  // AdGroupWorkflow.json › AdGroupWorkflow › every field
  {"id":"ag-1","name":"Spring push","campaignId":"camp-1","isEnabled":true,"channel":"Display","funnelLocation":"Awareness","budget":{"allocationType":"Fixed","budgetInAdvertiserCurrency":1000},"roiGoal":{"maximizeReach":true},"creativeIds":["cr-1"],"associatedBidLists":[{"bidListId":"bl-1","isEnabled":true,"isDefaultForDimension":false}],"flights":[{"adGroupId":"ag-1","allocationType":"Fixed","budgetInAdvertiserCurrency":1000,"campaignFlightId":5}],"comscoreSettings":{"isEnabled":false,"demographicMemberIds":null,"mobileDemographicMemberIds":null},"contractTargeting":{"allowOpenMarketBiddingWhenTargetingContracts":true},"dimensionalBiddingAutoOptimizationSettings":[["HasBrowserId","HasOsId"],[]],"isUseClicksAsConversionsEnabled":false,"isUseSecondaryConversionsEnabled":false,"description":"Q2","programmaticGuaranteedPrivateContractId":null,"baseBidCPMInAdvertiserCurrency":1.5,"maxBidCPMInAdvertiserCurrency":null,"audienceTargeting":{"audienceAcceleratorExclusionsEnabled":false,"audienceBoosterEnabled":false,"audienceExcluderEnabled":false,"audiencePredictorEnabled":false,"crossDeviceVendorListForAudience":null,"recencyExclusionWindowInMinutes":0,"targetTrackableUsersEnabled":false,"useMcIdAsPrimary":false},"koaOptimizationSettings":{"predictiveClearingEnabled":true},"nielsenTrackingAttributes":{"enhancedReportingOption":"None","gender":"Female","startAge":"Two","endAge":"Seventeen","countries":null}} satisfies T.AdGroupWorkflow,
  // AdGroupWorkflow.json › AdGroupWorkflow › nullable lists null
  {"id":"ag-1","name":"Spring push","campaignId":"camp-1","isEnabled":true,"channel":"Display","funnelLocation":"Awareness","budget":{"allocationType":"Fixed","budgetInAdvertiserCurrency":1000},"roiGoal":{"maximizeReach":true},"creativeIds":null,"associatedBidLists":null,"flights":null,"comscoreSettings":{"isEnabled":false,"demographicMemberIds":null,"mobileDemographicMemberIds":null},"contractTargeting":{"allowOpenMarketBiddingWhenTargetingContracts":true},"dimensionalBiddingAutoOptimizationSettings":null,"isUseClicksAsConversionsEnabled":false,"isUseSecondaryConversionsEnabled":false} satisfies T.AdGroupWorkflow,
  // AdGroupWorkflow.json › AdGroupWorkflow › market type
  {"id":"ag-1","name":"Spring push","campaignId":"camp-1","isEnabled":true,"channel":"Display","funnelLocation":"Awareness","budget":{"allocationType":"Fixed","budgetInAdvertiserCurrency":1000},"roiGoal":{"maximizeReach":true},"creativeIds":["cr-1"],"associatedBidLists":[{"bidListId":"bl-1","isEnabled":true,"isDefaultForDimension":false}],"flights":[{"adGroupId":"ag-1","allocationType":"Fixed","budgetInAdvertiserCurrency":1000,"campaignFlightId":5}],"comscoreSettings":{"isEnabled":false,"demographicMemberIds":null,"mobileDemographicMemberIds":null},"contractTargeting":{"allowOpenMarketBiddingWhenTargetingContracts":true},"dimensionalBiddingAutoOptimizationSettings":[["HasBrowserId","HasOsId"],[]],"isUseClicksAsConversionsEnabled":false,"isUseSecondaryConversionsEnabled":false,"marketType":"PrivateMarketOnly"} satisfies T.AdGroupWorkflow,
  // AdGroupWorkflowAdvancedInput.json › AdGroupWorkflowAdvancedInput › empty
  {} satisfies T.AdGroupWorkflowAdvancedInput,
  // AdGroupWorkflowAdvancedInput.json › AdGroupWorkflowAdvancedInput › every section
  {"koaOptimizationSettings":{"areFutureKoaFeaturesEnabled":null},"comscoreSettings":{"isEnabled":true,"populationId":null},"contractTargeting":{"allowOpenMarketBiddingWhenTargetingContracts":null},"dimensionalBiddingAutoOptimizationSettings":[["HasDeviceTypeId"]],"isUseClicksAsConversionsEnabled":null,"isUseSecondaryConversionsEnabled":true,"nielsenTrackingAttributes":{"gender":"Male","startAge":"Thirty","endAge":"FortyFour","countries":["GB"]},"newFrequencyConfigs":[{"counterName":"daily","frequencyCap":3,"resetIntervalInMinutes":1440}],"flights":[{"campaignFlightId":5,"budgetInAdvertiserCurrency":10}]} satisfies T.AdGroupWorkflowAdvancedInput,
  // AdGroupWorkflowAdvancedInput.json › AdGroupWorkflowAdvancedInput › inventory targeting, non-decisioned and caller source
  {"inventoryTargeting":{"dealIdsToInclude":[1,2],"includeDefaultOnDeals":false},"isNonDecisioned":null,"callerSource":"sdk-ts"} satisfies T.AdGroupWorkflowAdvancedInput,
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
  // AdGroupWorkflowInventoryTargetingInput.json › AdGroupWorkflowInventoryTargetingInput › empty
  {} satisfies T.AdGroupWorkflowInventoryTargetingInput,
  // AdGroupWorkflowInventoryTargetingInput.json › AdGroupWorkflowInventoryTargetingInput › every field
  {"dealGroupIdsToInclude":["dg-1"],"dealGroupIdsToExclude":[],"dealIdsToInclude":[101,9007199254740991],"dealIdsToExclude":[7],"includeDefaultOnDeals":true} satisfies T.AdGroupWorkflowInventoryTargetingInput,
  // AdGroupWorkflowInventoryTargetingInput.json › AdGroupWorkflowInventoryTargetingInput › every field null
  {"dealGroupIdsToInclude":null,"dealGroupIdsToExclude":null,"dealIdsToInclude":null,"dealIdsToExclude":null,"includeDefaultOnDeals":null} satisfies T.AdGroupWorkflowInventoryTargetingInput,
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
  // BulkJobStatus.json › BulkJobStatus values (GraphQL bulk jobs) › Queued
  "Queued" satisfies T.BulkJobStatus,
  // BulkJobStatus.json › BulkJobStatus values (GraphQL bulk jobs) › InProgress
  "InProgress" satisfies T.BulkJobStatus,
  // BulkJobStatus.json › BulkJobStatus values (GraphQL bulk jobs) › PartialSuccess
  "PartialSuccess" satisfies T.BulkJobStatus,
  // BulkJobStatus.json › BulkJobStatus values (GraphQL bulk jobs) › Failure
  "Failure" satisfies T.BulkJobStatus,
  // BulkJobStatus.json › BulkJobStatus values (GraphQL bulk jobs) › Success
  "Success" satisfies T.BulkJobStatus,
  // BulkJobStatus.json › BulkJobStatus values (GraphQL bulk jobs) › Cancelled
  "Cancelled" satisfies T.BulkJobStatus,
  // BulkJobStatusResponse.json › BulkJobStatusResponse (former name of StandardJobStatusResponse): same rules under the old name › a status as code written against the June 2025 API reads it
  {"id":41,"createdAtUtc":"2025-06-17T08:00:00Z","status":"InProgress","completionPercentage":10} satisfies T.BulkJobStatusResponse,
  // BulkJobStatusResponse.json › BulkJobStatusResponse (former name of StandardJobStatusResponse): same rules under the old name › ResultsExpired holds under the former name too
  {"id":41,"createdAtUtc":"2025-06-17T08:00:00Z","completedAtUtc":"2025-06-17T08:10:00Z","status":"ResultsExpired"} satisfies T.BulkJobStatusResponse,
  // BulkJobSubmitResponse.json › BulkJobSubmitResponse (former name of StandardJobSubmitResponse): same rules under the old name › job id
  {"id":42} satisfies T.BulkJobSubmitResponse,
  // CallPubApiWorkflowInput.json › CallPubApiWorkflowInput (former name of CallRestApiWorkflowInput): same rules under the old name › GET of an endpoint
  {"methodType":"GET","endpoint":"/v3/campaign/abc"} satisfies T.CallPubApiWorkflowInput,
  // CallPubApiWorkflowInput.json › CallPubApiWorkflowInput (former name of CallRestApiWorkflowInput): same rules under the old name › PUT with a body
  {"methodType":"PUT","endpoint":"/v3/campaign","dataBody":"{\"CampaignId\":\"abc\"}"} satisfies T.CallPubApiWorkflowInput,
  // CallRestApiWorkflowInput.json › CallRestApiWorkflowInput › GET without body
  {"methodType":"GET","endpoint":"/v3/advertiser/abc"} satisfies T.CallRestApiWorkflowInput,
  // CallRestApiWorkflowInput.json › CallRestApiWorkflowInput › POST with body, endpoint null
  {"methodType":"POST","endpoint":null,"dataBody":"{\"a\":1}"} satisfies T.CallRestApiWorkflowInput,
  // CallRestApiWorkflowInput.json › CallRestApiWorkflowInput › DELETE with body null
  {"methodType":"DELETE","endpoint":"/v3/x/1","dataBody":null} satisfies T.CallRestApiWorkflowInput,
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
  // CampaignCreatePassThroughFeesInput.json › CampaignCreatePassThroughFeesInput › empty
  {} satisfies T.CampaignCreatePassThroughFeesInput,
  // CampaignCreatePassThroughFeesInput.json › CampaignCreatePassThroughFeesInput › a CPM fee
  {"type":"FeeCPM","description":"ad serving","amount":0.35} satisfies T.CampaignCreatePassThroughFeesInput,
  // CampaignCreatePassThroughFeesInput.json › CampaignCreatePassThroughFeesInput › description null
  {"type":"MediaCostPercentage","description":null,"amount":12} satisfies T.CampaignCreatePassThroughFeesInput,
  // CampaignCreateWorkflowAdGroupAdvancedInput.json › CampaignCreateWorkflowAdGroupAdvancedInput › empty
  {} satisfies T.CampaignCreateWorkflowAdGroupAdvancedInput,
  // CampaignCreateWorkflowAdGroupAdvancedInput.json › CampaignCreateWorkflowAdGroupAdvancedInput › every section, flights without campaignFlightId
  {"koaOptimizationSettings":{"areFutureKoaFeaturesEnabled":null},"comscoreSettings":{"isEnabled":true,"populationId":null},"contractTargeting":{"allowOpenMarketBiddingWhenTargetingContracts":null},"dimensionalBiddingAutoOptimizationSettings":[["HasDeviceTypeId"]],"isUseClicksAsConversionsEnabled":null,"isUseSecondaryConversionsEnabled":true,"nielsenTrackingAttributes":{"gender":"Male","startAge":"Thirty","endAge":"FortyFour","countries":["GB"]},"newFrequencyConfigs":[{"counterName":"daily","frequencyCap":3,"resetIntervalInMinutes":1440}],"flights":[{"allocationType":"Maximum","budgetInImpressions":100}]} satisfies T.CampaignCreateWorkflowAdGroupAdvancedInput,
  // CampaignCreateWorkflowAdGroupAdvancedInput.json › CampaignCreateWorkflowAdGroupAdvancedInput › inventory targeting, non-decisioned, campaign defaults
  {"inventoryTargeting":{"dealGroupIdsToExclude":["dg-9"]},"isNonDecisioned":true,"includeDefaultsFromCampaign":false} satisfies T.CampaignCreateWorkflowAdGroupAdvancedInput,
  // CampaignCreateWorkflowAdGroupFlightInput.json › CampaignCreateWorkflowAdGroupFlightInput › empty
  {} satisfies T.CampaignCreateWorkflowAdGroupFlightInput,
  // CampaignCreateWorkflowAdGroupFlightInput.json › CampaignCreateWorkflowAdGroupFlightInput › every field
  {"allocationType":"Fixed","budgetInAdvertiserCurrency":10,"budgetInImpressions":null,"dailyTargetInAdvertiserCurrency":null,"dailyTargetInImpressions":10} satisfies T.CampaignCreateWorkflowAdGroupFlightInput,
  // CampaignCreateWorkflowAdGroupInput.json › CampaignCreateWorkflowAdGroupInput › primary input only
  {"primaryInput":{"name":"AG","channel":"Video","funnelLocation":"Conversion"}} satisfies T.CampaignCreateWorkflowAdGroupInput,
  // CampaignCreateWorkflowAdGroupInput.json › CampaignCreateWorkflowAdGroupInput › with advanced input
  {"primaryInput":{"name":"AG","channel":"Video","funnelLocation":"Conversion"},"advancedInput":{"flights":[{"allocationType":"Fixed"}]}} satisfies T.CampaignCreateWorkflowAdGroupInput,
  // CampaignCreateWorkflowAdvancedInput.json › CampaignCreateWorkflowAdvancedInput › empty
  {} satisfies T.CampaignCreateWorkflowAdvancedInput,
  // CampaignCreateWorkflowAdvancedInput.json › CampaignCreateWorkflowAdvancedInput › flights and PO number
  {"flights":[{"startDateInclusiveUTC":"2025-04-01T00:00:00+02:00","budgetInAdvertiserCurrency":10}],"purchaseOrderNumber":"PO-9"} satisfies T.CampaignCreateWorkflowAdvancedInput,
  // CampaignCreateWorkflowAdvancedInput.json › CampaignCreateWorkflowAdvancedInput › every field
  {"purchaseOrderNumber":null,"flights":null,"includeDefaultsFromAdvertiser":true,"passThroughFeeCard":{"startDateUtc":null,"passThroughFees":[{"type":"FeeCPM","amount":0.2}]},"callerSource":"sdk-ts","frequencyConfigs":[{"counterName":"weekly","frequencyCap":10,"resetIntervalInMinutes":10080}]} satisfies T.CampaignCreateWorkflowAdvancedInput,
  // CampaignCreateWorkflowBudgetInput.json › CampaignCreateWorkflowBudgetInput › required fields
  {"pacingMode":"PaceToDailyCap","budgetInAdvertiserCurrency":100} satisfies T.CampaignCreateWorkflowBudgetInput,
  // CampaignCreateWorkflowBudgetInput.json › CampaignCreateWorkflowBudgetInput › every field
  {"pacingMode":"PaceAhead","budgetInAdvertiserCurrency":0.01,"budgetInImpressions":null,"dailyTargetInAdvertiserCurrency":5,"dailyTargetInImpressions":1000} satisfies T.CampaignCreateWorkflowBudgetInput,
  // CampaignCreateWorkflowIncrementalReachCampaignSetting.json › CampaignCreateWorkflowIncrementalReachCampaignSetting › empty
  {} satisfies T.CampaignCreateWorkflowIncrementalReachCampaignSetting,
  // CampaignCreateWorkflowIncrementalReachCampaignSetting.json › CampaignCreateWorkflowIncrementalReachCampaignSetting › every provider
  {"iSpotReachSetting":{"id":1,"name":"iSpot","isActive":true},"realyticsReachSetting":{"id":2,"products":[{"id":5}],"realyticsEntertainmentInput":"IPTV"},"tvSquaredReachSetting":{"id":3,"isActive":false},"sambaAuReachSetting":{"name":"Samba AU"}} satisfies T.CampaignCreateWorkflowIncrementalReachCampaignSetting,
  // CampaignCreateWorkflowInput.json › CampaignCreateWorkflowInput › primary input only
  {"primaryInput":{"advertiserId":"adv-1","name":"Launch","primaryChannel":"Display","primaryGoal":{"maximizeReach":true}}} satisfies T.CampaignCreateWorkflowInput,
  // CampaignCreateWorkflowInput.json › CampaignCreateWorkflowInput › with ad groups and advanced input
  {"primaryInput":{"advertiserId":"adv-1","name":"Launch","primaryChannel":"Display","primaryGoal":{"maximizeReach":true}},"adGroups":[{"primaryInput":{"name":"AG","channel":"Video","funnelLocation":"Conversion"}}],"advancedInput":{"purchaseOrderNumber":"PO-1","flights":null}} satisfies T.CampaignCreateWorkflowInput,
  // CampaignCreateWorkflowInput.json › CampaignCreateWorkflowInput › adGroups null
  {"primaryInput":{"advertiserId":"adv-1","name":"Launch","primaryChannel":"Display","primaryGoal":{"maximizeReach":true}},"adGroups":null} satisfies T.CampaignCreateWorkflowInput,
  // CampaignCreateWorkflowInput.json › CampaignCreateWorkflowInput › advanced input with fee card and frequency configs
  {"primaryInput":{"advertiserId":"adv-1","name":"Launch","primaryChannel":"Display","primaryGoal":{"maximizeReach":true}},"advancedInput":{"includeDefaultsFromAdvertiser":false,"passThroughFeeCard":{"passThroughFees":[{"type":"RateCPC","amount":0.1}]},"frequencyConfigs":[{"frequencyCap":2,"resetIntervalInMinutes":60}]}} satisfies T.CampaignCreateWorkflowInput,
  // CampaignCreateWorkflowInputWithValidation.json › CampaignCreateWorkflowInputWithValidation › primary input only
  {"primaryInput":{"advertiserId":"adv-1","name":"Launch","primaryChannel":"Display","primaryGoal":{"maximizeReach":true}}} satisfies T.CampaignCreateWorkflowInputWithValidation,
  // CampaignCreateWorkflowInputWithValidation.json › CampaignCreateWorkflowInputWithValidation › validate only
  {"primaryInput":{"advertiserId":"adv-1","name":"Launch","primaryChannel":"Display","primaryGoal":{"maximizeReach":true}},"validateInputOnly":true} satisfies T.CampaignCreateWorkflowInputWithValidation,
  // CampaignCreateWorkflowInputWithValidation.json › CampaignCreateWorkflowInputWithValidation › advanced input with flights and caller source
  {"primaryInput":{"advertiserId":"adv-1","name":"Launch","primaryChannel":"Display","primaryGoal":{"maximizeReach":true}},"advancedInput":{"flights":[{"startDateInclusiveUTC":"2026-05-01T00:00:00Z","budgetInAdvertiserCurrency":500}],"callerSource":"sdk-ts"},"validateInputOnly":false} satisfies T.CampaignCreateWorkflowInputWithValidation,
  // CampaignCreateWorkflowPassThroughFeeCardInput.json › CampaignCreateWorkflowPassThroughFeeCardInput › no fees
  {"passThroughFees":[]} satisfies T.CampaignCreateWorkflowPassThroughFeeCardInput,
  // CampaignCreateWorkflowPassThroughFeeCardInput.json › CampaignCreateWorkflowPassThroughFeeCardInput › fees and a start date
  {"startDateUtc":"2026-01-01T00:00:00Z","passThroughFees":[{"type":"DataCostPercentage","amount":5},{"type":"None"}]} satisfies T.CampaignCreateWorkflowPassThroughFeeCardInput,
  // CampaignCreateWorkflowPassThroughFeeCardInput.json › CampaignCreateWorkflowPassThroughFeeCardInput › start date null
  {"startDateUtc":null,"passThroughFees":[]} satisfies T.CampaignCreateWorkflowPassThroughFeeCardInput,
  // CampaignCreateWorkflowPrimaryInput.json › CampaignCreateWorkflowPrimaryInput › required fields
  {"advertiserId":"adv-1","name":"Launch","primaryChannel":"Display","primaryGoal":{"maximizeReach":true}} satisfies T.CampaignCreateWorkflowPrimaryInput,
  // CampaignCreateWorkflowPrimaryInput.json › CampaignCreateWorkflowPrimaryInput › every field
  {"advertiserId":"adv-1","name":"Launch","primaryChannel":"Display","primaryGoal":{"maximizeReach":true},"description":null,"timeZone":"Europe/Berlin","customCPAClickWeight":0.5,"customCPAViewthroughWeight":null,"customCPAType":"ClickViewthroughWeighting","impressionsOnlyBudgetingCpm":null,"budget":{"pacingMode":"PaceEvenly","budgetInAdvertiserCurrency":50000},"endDateInUtc":"2025-06-30T23:59:59Z","seedId":null,"startDateInUtc":"2025-04-01T00:00:00Z","campaignConversionReportingColumns":[{"trackingTagId":"tag-1","includeInCustomCPA":true,"reportingColumnId":1}]} satisfies T.CampaignCreateWorkflowPrimaryInput,
  // CampaignCreateWorkflowPrimaryInput.json › CampaignCreateWorkflowPrimaryInput › 2025-07 to 2025-10 additions
  {"advertiserId":"adv-1","name":"Launch","primaryChannel":"Display","primaryGoal":{"maximizeReach":true},"campaignGroupId":77,"customRoasType":"CompositeWeighting","isManagedByTTD":false,"secondaryGoal":{"cpaInAdvertiserCurrency":10},"tertiaryGoal":{"NewBuyerTargetValue":5},"customLabelNames":["brand","q3"],"campaignIncrementalReachSetting":{"iSpotReachSetting":{"id":1,"isActive":true}}} satisfies T.CampaignCreateWorkflowPrimaryInput,
  // CampaignCreateWorkflowPrimaryInput.json › CampaignCreateWorkflowPrimaryInput › campaign group null
  {"advertiserId":"adv-1","name":"Launch","primaryChannel":"Display","primaryGoal":{"maximizeReach":true},"campaignGroupId":null} satisfies T.CampaignCreateWorkflowPrimaryInput,
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
  // CampaignUpdateWorkflowAdvancedInput.json › CampaignUpdateWorkflowAdvancedInput (narrowed: only the purchase order number) › empty
  {} satisfies T.CampaignUpdateWorkflowAdvancedInput,
  // CampaignUpdateWorkflowAdvancedInput.json › CampaignUpdateWorkflowAdvancedInput (narrowed: only the purchase order number) › purchase order number
  {"purchaseOrderNumber":"PO-2026-17"} satisfies T.CampaignUpdateWorkflowAdvancedInput,
  // CampaignUpdateWorkflowAdvancedInput.json › CampaignUpdateWorkflowAdvancedInput (narrowed: only the purchase order number) › purchase order number null
  {"purchaseOrderNumber":null} satisfies T.CampaignUpdateWorkflowAdvancedInput,
  // CampaignUpdateWorkflowBudgetInput.json › CampaignUpdateWorkflowBudgetInput (narrowed: only the pacing mode) › pacing mode
  {"pacingMode":"PaceEvenly"} satisfies T.CampaignUpdateWorkflowBudgetInput,
  // CampaignUpdateWorkflowBudgetInput.json › CampaignUpdateWorkflowBudgetInput (narrowed: only the pacing mode) › another pacing mode
  {"pacingMode":"PaceAsSoonAsPossible"} satisfies T.CampaignUpdateWorkflowBudgetInput,
  // CampaignUpdateWorkflowInput.json › CampaignUpdateWorkflowInput › id only
  {"id":"camp-1"} satisfies T.CampaignUpdateWorkflowInput,
  // CampaignUpdateWorkflowInput.json › CampaignUpdateWorkflowInput › with primary and advanced input
  {"id":"camp-1","primaryInput":{"timeZone":"UTC"},"advancedInput":{"purchaseOrderNumber":null}} satisfies T.CampaignUpdateWorkflowInput,
  // CampaignUpdateWorkflowInput.json › CampaignUpdateWorkflowInput › budget update with the pacing mode only
  {"id":"camp-1","primaryInput":{"budget":{"pacingMode":"PaceToDailyCap"}}} satisfies T.CampaignUpdateWorkflowInput,
  // CampaignUpdateWorkflowInputWithValidation.json › CampaignUpdateWorkflowInputWithValidation › id with validate only
  {"id":"camp-1","validateInputOnly":null} satisfies T.CampaignUpdateWorkflowInputWithValidation,
  // CampaignUpdateWorkflowInputWithValidation.json › CampaignUpdateWorkflowInputWithValidation › id only
  {"id":null} satisfies T.CampaignUpdateWorkflowInputWithValidation,
  // CampaignUpdateWorkflowInputWithValidation.json › CampaignUpdateWorkflowInputWithValidation › narrowed advanced input with the PO number
  {"id":"camp-1","advancedInput":{"purchaseOrderNumber":"PO-3"},"validateInputOnly":true} satisfies T.CampaignUpdateWorkflowInputWithValidation,
  // CampaignUpdateWorkflowPrimaryInput.json › CampaignUpdateWorkflowPrimaryInput › empty
  {} satisfies T.CampaignUpdateWorkflowPrimaryInput,
  // CampaignUpdateWorkflowPrimaryInput.json › CampaignUpdateWorkflowPrimaryInput › several fields
  {"name":null,"primaryChannel":"Audio","primaryGoal":{"cpcInAdvertiserCurrency":0.2},"endDateInUtc":null,"budget":{"pacingMode":"PaceAhead"}} satisfies T.CampaignUpdateWorkflowPrimaryInput,
  // CampaignUpdateWorkflowPrimaryInput.json › CampaignUpdateWorkflowPrimaryInput › 2025-07 to 2025-10 additions
  {"campaignGroupId":12,"customRoasType":"PixelWeighting","isManagedByTTD":null,"secondaryGoal":{"ctrInPercent":1},"tertiaryGoal":{}} satisfies T.CampaignUpdateWorkflowPrimaryInput,
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
  // CampaignWorkflow.json › CampaignWorkflow › campaign group and secondary/tertiary goals
  {"id":"camp-1","campaignGroupId":9007199254740991,"secondaryGoal":"CPA","tertiaryGoal":null} satisfies T.CampaignWorkflow,
  // CampaignWorkflowCampaignConversionReportingColumnInput.json › CampaignWorkflowCampaignConversionReportingColumnInput › required fields
  {"trackingTagId":"tag-1","includeInCustomCPA":false,"reportingColumnId":3} satisfies T.CampaignWorkflowCampaignConversionReportingColumnInput,
  // CampaignWorkflowCampaignConversionReportingColumnInput.json › CampaignWorkflowCampaignConversionReportingColumnInput › with ROAS config and weight
  {"trackingTagId":"tag-1","includeInCustomCPA":false,"reportingColumnId":3,"ROASConfig":{"includeInCustomROAS":true,"customROASWeight":0.5},"weight":null,"crossDeviceAttributionModelId":"m-1"} satisfies T.CampaignWorkflowCampaignConversionReportingColumnInput,
  // CampaignWorkflowCampaignConversionReportingColumnInput.json › CampaignWorkflowCampaignConversionReportingColumnInput › product list reporting type
  {"trackingTagId":"tag-1","includeInCustomCPA":true,"reportingColumnId":1,"productListReportingType":"Halo"} satisfies T.CampaignWorkflowCampaignConversionReportingColumnInput,
  // CampaignWorkflowFlightInput.json › CampaignWorkflowFlightInput › required fields
  {"startDateInclusiveUTC":"2025-04-01T00:00:00Z","budgetInAdvertiserCurrency":10} satisfies T.CampaignWorkflowFlightInput,
  // CampaignWorkflowFlightInput.json › CampaignWorkflowFlightInput › with end date null
  {"startDateInclusiveUTC":"2025-04-01T00:00:00Z","endDateExclusiveUTC":null,"budgetInAdvertiserCurrency":10,"dailyTargetInImpressions":5} satisfies T.CampaignWorkflowFlightInput,
  // CampaignWorkflowROIGoalInput.json › CampaignWorkflowROIGoalInput › empty goal
  {} satisfies T.CampaignWorkflowROIGoalInput,
  // CampaignWorkflowROIGoalInput.json › CampaignWorkflowROIGoalInput › several goals, some null
  {"maximizeReach":false,"maximizeLtvIncrementalReach":null,"cpcInAdvertiserCurrency":0.5,"ctrInPercent":1.2,"nielsenOTPInPercent":null,"cpaInAdvertiserCurrency":20,"returnOnAdSpendPercent":300,"vcrInPercent":80,"viewabilityInPercent":70,"vcpmInAdvertiserCurrency":2,"cpcvInAdvertiserCurrency":null,"miaozhenOTPInPercent":50} satisfies T.CampaignWorkflowROIGoalInput,
  // CampaignWorkflowROIGoalInput.json › CampaignWorkflowROIGoalInput › NewBuyerTargetValue, spelled in PascalCase on the wire
  {"NewBuyerTargetValue":25} satisfies T.CampaignWorkflowROIGoalInput,
  // CampaignWorkflowROIGoalInput.json › CampaignWorkflowROIGoalInput › NewBuyerTargetValue null
  {"NewBuyerTargetValue":null,"maximizeReach":true} satisfies T.CampaignWorkflowROIGoalInput,
  // CampaignWorkflowROIGoalInput.json › CampaignWorkflowROIGoalInput › NewBuyerTargetValue at the largest int32
  {"NewBuyerTargetValue":2147483647} satisfies T.CampaignWorkflowROIGoalInput,
  // CampaignWorkflowROIGoalInput.json › CampaignWorkflowROIGoalInput › audience quality goals
  {"iqviaAudienceQualityIndex":true,"crossixAudienceQualityIndex":null,"iqviaAudienceQualityIndexAndCostPerTarget":false,"crossixCostPerTarget":true} satisfies T.CampaignWorkflowROIGoalInput,
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
  // CustomROASType.json › CustomROASType values › Disabled
  "Disabled" satisfies T.CustomROASType,
  // CustomROASType.json › CustomROASType values › PixelWeighting
  "PixelWeighting" satisfies T.CustomROASType,
  // CustomROASType.json › CustomROASType values › ClickViewthroughWeighting
  "ClickViewthroughWeighting" satisfies T.CustomROASType,
  // CustomROASType.json › CustomROASType values › CompositeWeighting (not a CustomCPAType value)
  "CompositeWeighting" satisfies T.CustomROASType,
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
  // EnhancedNielsenReportingOptionsInput.json › EnhancedNielsenReportingOptionsInput values › None
  "None" satisfies T.EnhancedNielsenReportingOptionsInput,
  // EnhancedNielsenReportingOptionsInput.json › EnhancedNielsenReportingOptionsInput values › Audience
  "Audience" satisfies T.EnhancedNielsenReportingOptionsInput,
  // EnhancedNielsenReportingOptionsInput.json › EnhancedNielsenReportingOptionsInput values › Site
  "Site" satisfies T.EnhancedNielsenReportingOptionsInput,
  // FirstPartyDataInput.json › FirstPartyDataInput › advertiser only
  {"advertiserId":"adv-1"} satisfies T.FirstPartyDataInput,
  // FirstPartyDataInput.json › FirstPartyDataInput › every field
  {"advertiserId":"adv-1","nameFilter":null,"queryShape":"{ id name }","callbackInput":{"callbackUrl":"https://example.test/cb"}} satisfies T.FirstPartyDataInput,
  // FrequencyConfig.json › FrequencyConfig › empty (nothing required)
  {} satisfies T.FrequencyConfig,
  // FrequencyConfig.json › FrequencyConfig › a daily cap
  {"counterName":"daily","frequencyCap":5,"frequencyGoal":null,"resetIntervalInMinutes":1440} satisfies T.FrequencyConfig,
  // FrequencyConfig.json › FrequencyConfig › largest int32 cap
  {"frequencyCap":2147483647,"resetIntervalInMinutes":60} satisfies T.FrequencyConfig,
  // GraphQLBulkJobError.json › GraphQLBulkJobError › message only
  {"message":"query too complex"} satisfies T.GraphQLBulkJobError,
  // GraphQLBulkJobError.json › GraphQLBulkJobError › message null (nullable, still required)
  {"message":null} satisfies T.GraphQLBulkJobError,
  // GraphQLBulkJobError.json › GraphQLBulkJobError › every field
  {"message":"unknown field","field":["query","advertiser","nam"],"additionalData":{"code":"GRAPHQL_VALIDATION_FAILED","hint":"did you mean name?"}} satisfies T.GraphQLBulkJobError,
  // GraphQLBulkJobError.json › GraphQLBulkJobError › field and additionalData null
  {"message":"x","field":null,"additionalData":null} satisfies T.GraphQLBulkJobError,
  // GraphQLBulkJobRetrievalResponse.json › GraphQLBulkJobRetrievalResponse › empty
  {} satisfies T.GraphQLBulkJobRetrievalResponse,
  // GraphQLBulkJobRetrievalResponse.json › GraphQLBulkJobRetrievalResponse › a finished job
  {"job":{"id":10,"createdAt":"2025-10-10T09:00:00Z","completedAt":"2025-10-10T09:05:00Z","completionPercentage":100,"status":"Success","url":"https://example.test/gql/10","rawResult":null,"queryGqlErrors":null,"runtimeErrors":null},"errors":null} satisfies T.GraphQLBulkJobRetrievalResponse,
  // GraphQLBulkJobRetrievalResponse.json › GraphQLBulkJobRetrievalResponse › only an error text
  {"errors":"job 10 not found"} satisfies T.GraphQLBulkJobRetrievalResponse,
  // GraphQLRequestInput.json › GraphQLRequestInput › query only
  {"request":"query { advertiser(id: \"a\") { id } }"} satisfies T.GraphQLRequestInput,
  // GraphQLRequestInput.json › GraphQLRequestInput › with variables of any shape
  {"request":"query($id: ID!) { advertiser(id: $id) { id } }","variables":{"id":"a","n":1,"nested":{"list":[true,null]}}} satisfies T.GraphQLRequestInput,
  // GraphQLRequestInput.json › GraphQLRequestInput › variables null
  {"request":"{ me { id } }","variables":null} satisfies T.GraphQLRequestInput,
  // GraphQLRequestInput.json › GraphQLRequestInput › one emoji is one code point long enough
  {"request":"😀"} satisfies T.GraphQLRequestInput,
  // GraphQLRequestInput.json › GraphQLRequestInput › betaFeatures given
  {"request":"{ me { id } }","betaFeatures":"newSchema"} satisfies T.GraphQLRequestInput,
  // GraphQLRequestInput.json › GraphQLRequestInput › betaFeatures null
  {"request":"{ me { id } }","betaFeatures":null} satisfies T.GraphQLRequestInput,
  // GraphQlBulkJob.json › GraphQlBulkJob: states and nullable fields › Queued, only the required fields (runtimeErrors null)
  {"id":1,"createdAt":"2025-10-10T09:00:00Z","status":"Queued","runtimeErrors":null} satisfies T.GraphQlBulkJob,
  // GraphQlBulkJob.json › GraphQlBulkJob: states and nullable fields › InProgress with a percentage
  {"id":2,"createdAt":"2025-10-10T09:00:00Z","status":"InProgress","completionPercentage":42.5,"completedAt":null,"runtimeErrors":[]} satisfies T.GraphQlBulkJob,
  // GraphQlBulkJob.json › GraphQlBulkJob: states and nullable fields › Success with the result inline
  {"id":3,"createdAt":"2025-10-10T09:00:00Z","completedAt":"2025-10-10T09:01:30.25Z","completionPercentage":100,"status":"Success","url":null,"rawResult":"{\"data\":{\"advertisers\":[]}}","queryGqlErrors":null,"runtimeErrors":null} satisfies T.GraphQlBulkJob,
  // GraphQlBulkJob.json › GraphQlBulkJob: states and nullable fields › Success with the result to download
  {"id":4,"createdAt":"2025-10-10T09:00:00Z","completedAt":"2025-10-10T10:00:00Z","status":"Success","url":"https://example.test/gql/4","rawResult":null,"runtimeErrors":null} satisfies T.GraphQlBulkJob,
  // GraphQlBulkJob.json › GraphQlBulkJob: states and nullable fields › PartialSuccess with query errors
  {"id":5,"createdAt":"2025-10-10T09:00:00Z","status":"PartialSuccess","queryGqlErrors":["field 'x' is deprecated"],"runtimeErrors":null} satisfies T.GraphQlBulkJob,
  // GraphQlBulkJob.json › GraphQlBulkJob: states and nullable fields › Failure with runtime errors
  {"id":6,"createdAt":"2025-10-10T09:00:00Z","status":"Failure","runtimeErrors":["timeout after 3600 s"]} satisfies T.GraphQlBulkJob,
  // GraphQlBulkJob.json › GraphQlBulkJob: states and nullable fields › Cancelled
  {"id":7,"createdAt":"2025-10-10T09:00:00Z","status":"Cancelled","runtimeErrors":null} satisfies T.GraphQlBulkJob,
  // GraphQlBulkJob.json › GraphQlBulkJob: states and nullable fields › largest safe id
  {"id":9007199254740991,"createdAt":"2025-10-10T09:00:00Z","status":"Queued","runtimeErrors":null} satisfies T.GraphQlBulkJob,
  // GraphQlBulkJobCallbackInput.json › GraphQlBulkJobCallbackInput › url only
  {"callbackUrl":"https://example.test/cb"} satisfies T.GraphQlBulkJobCallbackInput,
  // GraphQlBulkJobCallbackInput.json › GraphQlBulkJobCallbackInput › headers as name and value pairs
  {"callbackUrl":"https://example.test/cb","callbackHeaders":[{"key":"Authorization","value":"Bearer x"},{"key":"X-Empty","value":null}]} satisfies T.GraphQlBulkJobCallbackInput,
  // GraphQlBulkJobCallbackInput.json › GraphQlBulkJobCallbackInput › headers null
  {"callbackUrl":"https://example.test/cb","callbackHeaders":null} satisfies T.GraphQlBulkJobCallbackInput,
  // GraphQlBulkJobPayload.json › GraphQlBulkJobPayload › empty
  {} satisfies T.GraphQlBulkJobPayload,
  // GraphQlBulkJobPayload.json › GraphQlBulkJobPayload › the queued job
  {"data":{"id":10,"createdAt":"2025-10-10T09:00:00Z","status":"Queued","runtimeErrors":null},"errors":null} satisfies T.GraphQlBulkJobPayload,
  // GraphQlBulkJobPayload.json › GraphQlBulkJobPayload › errors that kept the job from being queued
  {"errors":[{"message":"syntax error","field":["query"]}]} satisfies T.GraphQlBulkJobPayload,
  // GraphQlBulkJobResponse.json › GraphQlBulkJobResponse › empty
  {} satisfies T.GraphQlBulkJobResponse,
  // GraphQlBulkJobResponse.json › GraphQlBulkJobResponse › a queued job
  {"payload":{"data":{"id":10,"createdAt":"2025-10-10T09:00:00Z","status":"Queued","runtimeErrors":null}},"errors":null} satisfies T.GraphQlBulkJobResponse,
  // GraphQlBulkJobResponse.json › GraphQlBulkJobResponse › errors that kept the job from being queued
  {"payload":{"errors":[{"message":"bad query","field":["query"]}]}} satisfies T.GraphQlBulkJobResponse,
  // GraphQlBulkJobResponse.json › GraphQlBulkJobResponse › top-level error text
  {"errors":"not authorised for this partner"} satisfies T.GraphQlBulkJobResponse,
  // GraphQlQueryJobInput.json › GraphQlQueryJobInput › query only
  {"query":"query { advertisers { nodes { id } } }"} satisfies T.GraphQlQueryJobInput,
  // GraphQlQueryJobInput.json › GraphQlQueryJobInput › every field
  {"query":"query { advertisers { nodes { id } } }","callbackInput":{"callbackUrl":"https://example.test/done","callbackHeaders":[{"key":"X-Token","value":"t"}]},"betaFeatures":"bulkPaging"} satisfies T.GraphQlQueryJobInput,
  // GraphQlQueryJobInput.json › GraphQlQueryJobInput › betaFeatures null
  {"query":"{ me { id } }","betaFeatures":null} satisfies T.GraphQlQueryJobInput,
  // GraphQlQueryJobInput.json › GraphQlQueryJobInput › one emoji is one code point long enough
  {"query":"😀"} satisfies T.GraphQlQueryJobInput,
  // IncrementalReachBrandInput.json › IncrementalReachBrandInput › empty
  {} satisfies T.IncrementalReachBrandInput,
  // IncrementalReachBrandInput.json › IncrementalReachBrandInput › every field
  {"id":12,"name":"Brand A","isActive":true} satisfies T.IncrementalReachBrandInput,
  // IncrementalReachBrandInput.json › IncrementalReachBrandInput › name null
  {"id":12,"name":null,"isActive":false} satisfies T.IncrementalReachBrandInput,
  // IncrementalReachProductInput.json › IncrementalReachProductInput › empty
  {} satisfies T.IncrementalReachProductInput,
  // IncrementalReachProductInput.json › IncrementalReachProductInput › id and name
  {"id":3,"name":"Show X"} satisfies T.IncrementalReachProductInput,
  // IncrementalReachProductInput.json › IncrementalReachProductInput › name null
  {"id":-2147483648,"name":null} satisfies T.IncrementalReachProductInput,
  // KeyValuePairOfStringAndStringInput.json › KeyValuePairOfStringAndStringInput › key and value
  {"key":"X-Token","value":"abc"} satisfies T.KeyValuePairOfStringAndStringInput,
  // KeyValuePairOfStringAndStringInput.json › KeyValuePairOfStringAndStringInput › both null (nullable, still required)
  {"key":null,"value":null} satisfies T.KeyValuePairOfStringAndStringInput,
  // MarketType.json › MarketType values › OpenMarket
  "OpenMarket" satisfies T.MarketType,
  // MarketType.json › MarketType values › PrivateMarketOnly
  "PrivateMarketOnly" satisfies T.MarketType,
  // MarketType.json › MarketType values › Marketplace
  "Marketplace" satisfies T.MarketType,
  // MarketTypeInput.json › MarketTypeInput values › OpenMarket
  "OpenMarket" satisfies T.MarketTypeInput,
  // MarketTypeInput.json › MarketTypeInput values › PrivateMarketOnly
  "PrivateMarketOnly" satisfies T.MarketTypeInput,
  // MarketTypeInput.json › MarketTypeInput values › Marketplace
  "Marketplace" satisfies T.MarketTypeInput,
  // PassThroughFeeType.json › PassThroughFeeType values › None
  "None" satisfies T.PassThroughFeeType,
  // PassThroughFeeType.json › PassThroughFeeType values › MediaCostPercentage
  "MediaCostPercentage" satisfies T.PassThroughFeeType,
  // PassThroughFeeType.json › PassThroughFeeType values › DataCostPercentage
  "DataCostPercentage" satisfies T.PassThroughFeeType,
  // PassThroughFeeType.json › PassThroughFeeType values › MediaPlusDataCostPercentage
  "MediaPlusDataCostPercentage" satisfies T.PassThroughFeeType,
  // PassThroughFeeType.json › PassThroughFeeType values › PartnerDataCostPercentage
  "PartnerDataCostPercentage" satisfies T.PassThroughFeeType,
  // PassThroughFeeType.json › PassThroughFeeType values › FeeCPM
  "FeeCPM" satisfies T.PassThroughFeeType,
  // PassThroughFeeType.json › PassThroughFeeType values › RateCPM
  "RateCPM" satisfies T.PassThroughFeeType,
  // PassThroughFeeType.json › PassThroughFeeType values › RateCPC
  "RateCPC" satisfies T.PassThroughFeeType,
  // PassThroughFeeType.json › PassThroughFeeType values › CustomPmpPartnerDataCostPercentage
  "CustomPmpPartnerDataCostPercentage" satisfies T.PassThroughFeeType,
  // ProblemDetails.json › ProblemDetails › RFC 9457 members
  {"type":"https://example.test/problems/invalid","title":"Invalid request","status":400,"detail":"name is required","instance":"/adgroup"} satisfies T.ProblemDetails,
  // ProblemDetails.json › ProblemDetails › extension members of any JSON type (string traceId)
  {"title":"Bad Request","status":400,"traceId":"00-4bf92f3577b34da6a3ce929d0e0e4736-00","errors":{"name":["required"]},"retryable":false} satisfies T.ProblemDetails,
  // ProblemDetails.json › ProblemDetails › empty object
  {} satisfies T.ProblemDetails,
  // ProblemDetails.json › ProblemDetails › every member null
  {"type":null,"title":null,"status":null,"detail":null,"instance":null} satisfies T.ProblemDetails,
  // ProductListReportingTypeInput.json › ProductListReportingTypeInput values › Featured
  "Featured" satisfies T.ProductListReportingTypeInput,
  // ProductListReportingTypeInput.json › ProductListReportingTypeInput values › Halo
  "Halo" satisfies T.ProductListReportingTypeInput,
  // PubApiMethodType.json › PubApiMethodType (former name of RestApiMethodType): same values under the old name › POST
  "POST" satisfies T.PubApiMethodType,
  // PubApiMethodType.json › PubApiMethodType (former name of RestApiMethodType): same values under the old name › DELETE
  "DELETE" satisfies T.PubApiMethodType,
  // RealyticsEntertainmentType.json › RealyticsEntertainmentType values › IPTV
  "IPTV" satisfies T.RealyticsEntertainmentType,
  // RealyticsEntertainmentType.json › RealyticsEntertainmentType values › CTV
  "CTV" satisfies T.RealyticsEntertainmentType,
  // RealyticsEntertainmentType.json › RealyticsEntertainmentType values › TVS
  "TVS" satisfies T.RealyticsEntertainmentType,
  // RealyticsReachSettingInput.json › RealyticsReachSettingInput › empty
  {} satisfies T.RealyticsReachSettingInput,
  // RealyticsReachSettingInput.json › RealyticsReachSettingInput › every field
  {"id":4,"name":"Realytics FR","isActive":true,"products":[{"id":1,"name":"Prime time"},{}],"realyticsEntertainmentInput":"CTV"} satisfies T.RealyticsReachSettingInput,
  // RealyticsReachSettingInput.json › RealyticsReachSettingInput › products and name null
  {"id":4,"name":null,"products":null} satisfies T.RealyticsReachSettingInput,
  // RestApiMethodType.json › RestApiMethodType values › POST
  "POST" satisfies T.RestApiMethodType,
  // RestApiMethodType.json › RestApiMethodType values › PUT
  "PUT" satisfies T.RestApiMethodType,
  // RestApiMethodType.json › RestApiMethodType values › GET
  "GET" satisfies T.RestApiMethodType,
  // RestApiMethodType.json › RestApiMethodType values › DELETE
  "DELETE" satisfies T.RestApiMethodType,
  // StandardJobStatusResponse.json › StandardJobStatusResponse: statuses and nullable fields › status InProgress, only the required fields
  {"id":1,"createdAtUtc":"2025-03-01T10:00:00Z","status":"InProgress"} satisfies T.StandardJobStatusResponse,
  // StandardJobStatusResponse.json › StandardJobStatusResponse: statuses and nullable fields › status Failure with errors
  {"id":2,"createdAtUtc":"2025-03-01T10:00:00Z","completedAtUtc":"2025-03-01T10:05:00Z","status":"Failure","errors":"campaign 42 not found"} satisfies T.StandardJobStatusResponse,
  // StandardJobStatusResponse.json › StandardJobStatusResponse: statuses and nullable fields › status Success with every field
  {"id":3,"createdAtUtc":"2025-03-01T10:00:00Z","completedAtUtc":"2025-03-01T10:05:00.123Z","completionPercentage":100,"status":"Success","url":"https://example.test/result/3","rawResult":"{\"ids\":[\"a\"]}","errors":null} satisfies T.StandardJobStatusResponse,
  // StandardJobStatusResponse.json › StandardJobStatusResponse: statuses and nullable fields › status PartialSuccess
  {"id":4,"createdAtUtc":"2025-03-01T10:00:00Z","status":"PartialSuccess","completionPercentage":57.5} satisfies T.StandardJobStatusResponse,
  // StandardJobStatusResponse.json › StandardJobStatusResponse: statuses and nullable fields › completedAtUtc null
  {"id":5,"createdAtUtc":"2025-03-01T10:00:00Z","status":"InProgress","completedAtUtc":null} satisfies T.StandardJobStatusResponse,
  // StandardJobStatusResponse.json › StandardJobStatusResponse: statuses and nullable fields › completionPercentage null
  {"id":6,"createdAtUtc":"2025-03-01T10:00:00Z","status":"InProgress","completionPercentage":null} satisfies T.StandardJobStatusResponse,
  // StandardJobStatusResponse.json › StandardJobStatusResponse: statuses and nullable fields › url null
  {"id":7,"createdAtUtc":"2025-03-01T10:00:00Z","status":"Success","url":null} satisfies T.StandardJobStatusResponse,
  // StandardJobStatusResponse.json › StandardJobStatusResponse: statuses and nullable fields › rawResult null (result larger than 5 MB)
  {"id":8,"createdAtUtc":"2025-03-01T10:00:00Z","status":"Success","rawResult":null,"url":"https://example.test/r/8"} satisfies T.StandardJobStatusResponse,
  // StandardJobStatusResponse.json › StandardJobStatusResponse: statuses and nullable fields › errors null
  {"id":9,"createdAtUtc":"2025-03-01T10:00:00Z","status":"Success","errors":null} satisfies T.StandardJobStatusResponse,
  // StandardJobStatusResponse.json › StandardJobStatusResponse: statuses and nullable fields › every nullable field null at once
  {"id":10,"createdAtUtc":"2025-03-01T10:00:00Z","status":"InProgress","completedAtUtc":null,"completionPercentage":null,"url":null,"rawResult":null,"errors":null} satisfies T.StandardJobStatusResponse,
  // StandardJobStatusResponse.json › StandardJobStatusResponse: statuses and nullable fields › largest safe id
  {"id":9007199254740991,"createdAtUtc":"2025-03-01T10:00:00Z","status":"InProgress"} satisfies T.StandardJobStatusResponse,
  // StandardJobStatusResponse.json › StandardJobStatusResponse: statuses and nullable fields › negative id is still an int64
  {"id":-1,"createdAtUtc":"2025-03-01T10:00:00Z","status":"InProgress"} satisfies T.StandardJobStatusResponse,
  // StandardJobStatusResponse.json › StandardJobStatusResponse: statuses and nullable fields › status ResultsExpired: finished, result no longer kept
  {"id":11,"createdAtUtc":"2025-03-01T10:00:00Z","completedAtUtc":"2025-03-01T10:05:00Z","status":"ResultsExpired","url":null,"rawResult":null} satisfies T.StandardJobStatusResponse,
  // StandardJobStatusResponse.json › StandardJobStatusResponse: RFC 3339 date-times › 29 February of a leap year
  {"id":1,"createdAtUtc":"2024-02-29T00:00:00Z","status":"InProgress"} satisfies T.StandardJobStatusResponse,
  // StandardJobStatusResponse.json › StandardJobStatusResponse: RFC 3339 date-times › fractional seconds and a positive offset
  {"id":1,"createdAtUtc":"2025-03-01T10:00:00.123456+05:30","status":"InProgress"} satisfies T.StandardJobStatusResponse,
  // StandardJobStatusResponse.json › StandardJobStatusResponse: RFC 3339 date-times › negative offset
  {"id":1,"createdAtUtc":"2025-12-31T23:59:59-08:00","status":"InProgress"} satisfies T.StandardJobStatusResponse,
  // StandardJobStatusResponse.json › StandardJobStatusResponse: RFC 3339 date-times › lower-case t and z
  {"id":1,"createdAtUtc":"2025-03-01t10:00:00z","status":"InProgress"} satisfies T.StandardJobStatusResponse,
  // StandardJobStatusResponse.json › StandardJobStatusResponse: RFC 3339 date-times › leap second at 23:59:60 UTC
  {"id":1,"createdAtUtc":"2016-12-31T23:59:60Z","status":"InProgress"} satisfies T.StandardJobStatusResponse,
  // StandardJobSubmitResponse.json › StandardJobSubmitResponse › job id
  {"id":123456789} satisfies T.StandardJobSubmitResponse,
  // StandardJobSubmitResponse.json › StandardJobSubmitResponse › id zero
  {"id":0} satisfies T.StandardJobSubmitResponse,
  // TargetingEndAge.json › TargetingEndAge values › Seventeen
  "Seventeen" satisfies T.TargetingEndAge,
  // TargetingEndAge.json › TargetingEndAge values › SixtyFourPlus
  "SixtyFourPlus" satisfies T.TargetingEndAge,
  // TargetingEndAgeInput.json › TargetingEndAgeInput values › Seventeen (the lowest)
  "Seventeen" satisfies T.TargetingEndAgeInput,
  // TargetingEndAgeInput.json › TargetingEndAgeInput values › FortyNine
  "FortyNine" satisfies T.TargetingEndAgeInput,
  // TargetingEndAgeInput.json › TargetingEndAgeInput values › SixtyFourPlus (open-ended)
  "SixtyFourPlus" satisfies T.TargetingEndAgeInput,
  // TargetingGender.json › TargetingGender values › Male
  "Male" satisfies T.TargetingGender,
  // TargetingGender.json › TargetingGender values › Female
  "Female" satisfies T.TargetingGender,
  // TargetingGender.json › TargetingGender values › Both
  "Both" satisfies T.TargetingGender,
  // TargetingGenderInput.json › TargetingGenderInput values › Male
  "Male" satisfies T.TargetingGenderInput,
  // TargetingGenderInput.json › TargetingGenderInput values › Female
  "Female" satisfies T.TargetingGenderInput,
  // TargetingGenderInput.json › TargetingGenderInput values › Both
  "Both" satisfies T.TargetingGenderInput,
  // TargetingStartAge.json › TargetingStartAge values › Two
  "Two" satisfies T.TargetingStartAge,
  // TargetingStartAge.json › TargetingStartAge values › SixtyFive
  "SixtyFive" satisfies T.TargetingStartAge,
  // TargetingStartAgeInput.json › TargetingStartAgeInput values › Two (the lowest)
  "Two" satisfies T.TargetingStartAgeInput,
  // TargetingStartAgeInput.json › TargetingStartAgeInput values › Eighteen
  "Eighteen" satisfies T.TargetingStartAgeInput,
  // TargetingStartAgeInput.json › TargetingStartAgeInput values › SixtyFive (the highest)
  "SixtyFive" satisfies T.TargetingStartAgeInput,
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
  // WorkflowStatus.json › WorkflowStatus values › ResultsExpired (finished, result no longer kept)
  "ResultsExpired" satisfies T.WorkflowStatus,
] as const;
