-- Indicators become structured: every one gets a unit and a type. Those written before the
-- types existed keep their values as typed, as free text (lib/roadmap/indicators.ts).
UPDATE "Action"
SET "indicators" = (
  SELECT json_group_array(json_set(j.value, '$.unit', coalesce(json_extract(j.value, '$.unit'), ''), '$.type', coalesce(json_extract(j.value, '$.type'), 'TEXT')))
  FROM json_each("Action"."indicators") AS j
)
WHERE json_type("indicators") = 'array' AND json_array_length("indicators") > 0;
