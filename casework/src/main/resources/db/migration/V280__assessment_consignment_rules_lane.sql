-- The lane the rules alone gave each consignment: before the risk model's score was a fact and without random
-- selection (docs/risk-model.md, "The rules' own lane as a feature"). The model reads it as a feature and training
-- reads it from stored cases. Null for assessments stored before it was recorded: training then falls back to the
-- lane the assessment gave.
alter table assessment_consignment add column rules_lane varchar(8);
