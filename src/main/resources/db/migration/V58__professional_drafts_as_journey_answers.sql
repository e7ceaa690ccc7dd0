-- Professionals' unsent drafts were kept as one JSON object per form ({"name": "…", "children":
-- [{"firstName": …}]}); the journey engine keeps every route's answers one way: {"values": {"name":
-- ["…"]}, "groups": {"children": [{"values": {…}}]}}. Drafts already begun carry on where they were.
CREATE FUNCTION pg_temp.answer_values(draft jsonb) RETURNS jsonb LANGUAGE sql AS $$
  SELECT coalesce(jsonb_object_agg(key, CASE jsonb_typeof(value) WHEN 'array' THEN value ELSE jsonb_build_array(value) END), '{}'::jsonb)
  FROM jsonb_each(draft)
  WHERE key NOT IN ('children', 'pendingChild', 'editingChild', 'checking')
    AND jsonb_typeof(value) IN ('string', 'array')
$$;

-- Drafts are case data under row-level security: each council's are changed under its own name.
DO $$
DECLARE
  council uuid;
BEGIN
  FOR council IN SELECT id FROM authority LOOP
    PERFORM set_config('app.authority_id', council::text, true);
    UPDATE professional_draft
    SET answers = jsonb_build_object(
          'token', gen_random_uuid()::text,
          'checking', coalesce(answers -> 'checking', 'false'::jsonb),
          'values', pg_temp.answer_values(answers),
          'groups', jsonb_build_object(
              'children',
              (SELECT coalesce(jsonb_agg(jsonb_build_object('token', gen_random_uuid()::text, 'values', pg_temp.answer_values(child))), '[]'::jsonb)
               FROM jsonb_array_elements(coalesce(answers -> 'children', '[]'::jsonb)) AS child)))
    WHERE authority_id = council AND NOT answers ? 'values';
  END LOOP;
  PERFORM set_config('app.authority_id', '', true);
END
$$;
