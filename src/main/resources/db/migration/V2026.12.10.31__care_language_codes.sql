-- Interpreting languages were typed as text before the needs assessment offered a list of them (issue 21). Each
-- answer that names a language the service offers ("Polish", "polski", "Pwyleg", "pl-PL") becomes its BCP 47 code;
-- an answer that names none of them is kept as it was typed, and pages show it as it is.
-- The names are platform's language_name_v (those of org.reassure.platform.Languages, lower case).
UPDATE care_needs_assessment p
   SET language = n.code
  FROM language_name_v AS n
 WHERE p.language IS NOT NULL
   AND n.name = CASE
                    WHEN lower(btrim(p.language)) ~ '^[a-z]{2,3}[-_][a-z0-9]{2,8}([-_][a-z0-9]{2,8})*$'
                    THEN split_part(replace(lower(btrim(p.language)), '_', '-'), '-', 1)
                    ELSE regexp_replace(regexp_replace(lower(btrim(p.language)), '\s+', ' ', 'g'), ' language$', '')
                END;
