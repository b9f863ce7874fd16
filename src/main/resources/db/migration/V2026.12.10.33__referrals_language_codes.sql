-- An entry's languages must now be languages the service offers (org.reassure.platform.Languages), as their BCP 47
-- codes: a tag with a region ("pt-br") becomes its language's code, a name typed as a tag ("polish") its code, and
-- a tag that names none of them is kept (the directory's form asks for a known one at the next change).
UPDATE support_organisation o
   SET languages = ARRAY(
           SELECT coalesce(n.code, l)
             FROM unnest(o.languages) WITH ORDINALITY AS u (l, i)
             LEFT JOIN language_name_v AS n
                    ON n.name = split_part(replace(lower(btrim(u.l)), '_', '-'), '-', 1)
            GROUP BY coalesce(n.code, l)
            ORDER BY min(u.i));
