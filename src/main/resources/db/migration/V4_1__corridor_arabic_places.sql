-- Where a corridor leads from and to, and who operates it, in Arabic too, so Arabic pages read in Arabic.
-- Optional: a corridor without them shows the one free-text value in both languages.
ALTER TABLE corridor ADD COLUMN from_place_ar text;
ALTER TABLE corridor ADD COLUMN to_place_ar text;
ALTER TABLE corridor ADD COLUMN authority_ar text;

-- The demo corridors, where already loaded
UPDATE corridor SET from_place_ar = 'المخيم', to_place_ar = 'حمص',
                    authority_ar = 'السلطات السورية، بمرافقة الشرطة العسكرية الروسية'
WHERE code = 'JLEB' AND created_by = 'demo' AND to_place = 'Homs';
UPDATE corridor SET from_place_ar = 'المخيم', to_place_ar = 'ريف دمشق',
                    authority_ar = 'السلطات السورية، بمرافقة الشرطة العسكرية الروسية'
WHERE code = 'GHURAB' AND created_by = 'demo' AND to_place = 'Rural Damascus';

-- Who runs a checkpoint, in Arabic too (optional).
ALTER TABLE checkpoint ADD COLUMN operator_ar text;
UPDATE checkpoint SET operator_ar = 'الجيش العربي السوري' WHERE created_by = 'demo' AND operator = 'Syrian Arab Army';
UPDATE checkpoint SET operator_ar = 'محافظة حمص' WHERE created_by = 'demo' AND operator = 'Homs governorate';
UPDATE checkpoint SET operator_ar = 'الشرطة العسكرية' WHERE created_by = 'demo' AND operator = 'Military police';
