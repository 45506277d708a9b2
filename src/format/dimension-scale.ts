// The scale of the dimensions (data/dimensions.yaml): a role's position on each, and each
// quiz answer, runs from POSITION_MIN, the first pole, to POSITION_MAX, the second. Kept apart
// from role-schema.ts so the code that scores and draws positions does not carry the schema library.
export const POSITION_MIN = 1;
export const POSITION_MAX = 5;
