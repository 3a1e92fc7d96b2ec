-- Indicators become structured: every one gets a unit and a type. Those written before the
-- types existed keep their values as typed, as free text (lib/roadmap/indicators.ts).
UPDATE "Action"
SET "indicators" = (
  SELECT jsonb_agg(jsonb_build_object('unit', '', 'type', 'TEXT') || t.e ORDER BY t.o)
  FROM jsonb_array_elements("Action"."indicators") WITH ORDINALITY AS t(e, o)
)
WHERE jsonb_typeof("indicators") = 'array' AND jsonb_array_length("indicators") > 0;
