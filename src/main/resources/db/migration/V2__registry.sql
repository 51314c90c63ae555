-- Registry: households, individuals, their specific needs and origins, and every change made to them.
-- Names are kept in Latin and Arabic script. Refs are the camp's own natural keys (printed on cards,
-- used by imports); ids are internal.

CREATE EXTENSION IF NOT EXISTS pg_trgm;

-- UUID version 7 (time-ordered) for rows created in bulk by SQL, matching shared.Ids in Java.
CREATE FUNCTION registry_new_id() RETURNS uuid LANGUAGE sql VOLATILE AS $$
    SELECT encode(set_bit(set_bit(overlay(uuid_send(gen_random_uuid())
        PLACING substring(int8send(floor(extract(epoch FROM clock_timestamp()) * 1000)::bigint) FROM 3)
        FROM 1 FOR 6), 52, 1), 53, 1), 'hex')::uuid
$$;

-- A random, URL-safe token of 128 bits for QR codes: carries no personal data, only the server resolves it.
CREATE FUNCTION registry_new_token() RETURNS text LANGUAGE sql VOLATILE AS $$
    SELECT rtrim(translate(encode(uuid_send(gen_random_uuid()) || uuid_send(gen_random_uuid()), 'base64'),
                           '+/', '-_'), '=')
$$;

CREATE TABLE governorate (
    pcode   text PRIMARY KEY,
    name_en text NOT NULL,
    name_ar text NOT NULL
);

INSERT INTO governorate (pcode, name_en, name_ar) VALUES
    ('SY01', 'Damascus', 'دمشق'),
    ('SY02', 'Aleppo', 'حلب'),
    ('SY03', 'Rural Damascus', 'ريف دمشق'),
    ('SY04', 'Homs', 'حمص'),
    ('SY05', 'Hama', 'حماة'),
    ('SY06', 'Lattakia', 'اللاذقية'),
    ('SY07', 'Idleb', 'إدلب'),
    ('SY08', 'Al-Hasakeh', 'الحسكة'),
    ('SY09', 'Deir-ez-Zor', 'دير الزور'),
    ('SY10', 'Tartous', 'طرطوس'),
    ('SY11', 'Ar-Raqqa', 'الرقة'),
    ('SY12', 'Dar''a', 'درعا'),
    ('SY13', 'As-Sweida', 'السويداء'),
    ('SY14', 'Quneitra', 'القنيطرة');

-- UNHCR standardized specific-needs codes. Reference data, not code: UNHCR revises the list (the disability
-- codes already were), so an administrator adds codes and deactivates old ones; codes are never deleted
-- because people keep them. The flags tell other modules what a code means for movement.
CREATE TABLE specific_need (
    code            text PRIMARY KEY CHECK (code ~ '^[A-Z]{2}-[A-Z]{2}$'),
    category        text NOT NULL,
    label_en        text NOT NULL,
    label_ar        text NOT NULL,
    active          boolean NOT NULL DEFAULT true,
    protection_hold boolean NOT NULL DEFAULT false,
    medical_seat    boolean NOT NULL DEFAULT false,
    wheelchair      boolean NOT NULL DEFAULT false,
    added_at        timestamptz NOT NULL DEFAULT now(),
    added_by        text NOT NULL DEFAULT 'reference list'
);

INSERT INTO specific_need (code, category, label_en, label_ar) VALUES
    ('CR-CP', 'CR', 'Child parent', 'طفل والد'),
    ('CR-CS', 'CR', 'Child spouse', 'طفل متزوج'),
    ('CR-CC', 'CR', 'Child carer', 'طفل مقدم رعاية'),
    ('CR-TP', 'CR', 'Teenage pregnancy', 'حمل في سن المراهقة'),
    ('CR-LW', 'CR', 'Worst forms of child labour', 'أسوأ أشكال عمل الأطفال'),
    ('CR-LO', 'CR', 'Other child labour', 'أشكال أخرى من عمل الأطفال'),
    ('CR-NE', 'CR', 'Child at risk of not attending school', 'طفل معرض لخطر عدم الالتحاق بالمدرسة'),
    ('CR-SE', 'CR', 'Child with special education needs', 'طفل ذو احتياجات تعليمية خاصة'),
    ('CR-AF', 'CR', 'Child associated with armed forces or groups', 'طفل مرتبط بقوات أو جماعات مسلحة'),
    ('CR-CL', 'CR', 'Child in conflict with the law', 'طفل في نزاع مع القانون'),
    ('SC-SC', 'SC', 'Separated child', 'طفل منفصل عن ذويه'),
    ('SC-UC', 'SC', 'Unaccompanied child', 'طفل غير مصحوب'),
    ('SC-CH', 'SC', 'Child-headed household', 'أسرة يعيلها طفل'),
    ('SC-IC', 'SC', 'Child in institutional care', 'طفل في رعاية مؤسسية'),
    ('SC-FC', 'SC', 'Child in foster care', 'طفل في رعاية بديلة'),
    ('WR-WR', 'WR', 'Woman at risk', 'امرأة معرضة للخطر'),
    ('WR-SF', 'WR', 'Single woman at risk', 'امرأة وحيدة معرضة للخطر'),
    ('WR-LC', 'WR', 'Lactating woman', 'امرأة مرضعة'),
    ('ER-NF', 'ER', 'Single older person', 'مسن وحيد'),
    ('ER-MC', 'ER', 'Older person with children', 'مسن يرعى أطفالًا'),
    ('ER-FR', 'ER', 'Older person unable to care for self', 'مسن عاجز عن رعاية نفسه'),
    ('SP-PT', 'SP', 'Single parent', 'والد وحيد'),
    ('SP-GP', 'SP', 'Single grandparent', 'جد أو جدة وحيدة'),
    ('SP-CG', 'SP', 'Single caregiver', 'مقدم رعاية وحيد'),
    ('DS-BD', 'DS', 'Visual impairment', 'إعاقة بصرية'),
    ('DS-DF', 'DS', 'Hearing impairment', 'إعاقة سمعية'),
    ('DS-PM', 'DS', 'Physical disability, moderate', 'إعاقة جسدية متوسطة'),
    ('DS-PS', 'DS', 'Physical disability, severe', 'إعاقة جسدية شديدة'),
    ('DS-MM', 'DS', 'Mental disability, moderate', 'إعاقة ذهنية متوسطة'),
    ('DS-MS', 'DS', 'Mental disability, severe', 'إعاقة ذهنية شديدة'),
    ('DS-SD', 'DS', 'Speech impairment', 'إعاقة في النطق'),
    ('SM-MI', 'SM', 'Mental illness', 'مرض نفسي'),
    ('SM-MN', 'SM', 'Malnutrition', 'سوء تغذية'),
    ('SM-DP', 'SM', 'Difficult pregnancy', 'حمل عسير'),
    ('SM-CI', 'SM', 'Chronic illness', 'مرض مزمن'),
    ('SM-CC', 'SM', 'Critical medical condition', 'حالة طبية حرجة'),
    ('SM-OT', 'SM', 'Other medical condition', 'حالة طبية أخرى'),
    ('SM-AD', 'SM', 'Addiction', 'إدمان'),
    ('FU-TR', 'FU', 'Tracing required', 'يحتاج إلى البحث عن ذويه'),
    ('FU-FR', 'FU', 'Family reunification required', 'يحتاج إلى لمّ شمل الأسرة'),
    ('LP-ND', 'LP', 'No legal documentation', 'لا يملك وثائق قانونية'),
    ('LP-BN', 'LP', 'Unmet basic needs', 'احتياجات أساسية غير ملباة'),
    ('LP-NA', 'LP', 'No access to services', 'لا يصل إلى الخدمات'),
    ('LP-MM', 'LP', 'Mixed marriage', 'زواج مختلط'),
    ('LP-MD', 'LP', 'Multiple displacements', 'نزوح متكرر'),
    ('LP-RR', 'LP', 'At risk of refoulement', 'معرض لخطر الإعادة القسرية'),
    ('LP-RD', 'LP', 'At risk of removal', 'معرض لخطر الترحيل'),
    ('LP-DA', 'LP', 'Detained in the country of asylum', 'محتجز في بلد اللجوء'),
    ('LP-DO', 'LP', 'Detained in the country of origin', 'محتجز في بلد المنشأ'),
    ('LP-DT', 'LP', 'Detained elsewhere', 'محتجز في مكان آخر'),
    ('LP-IH', 'LP', 'In hiding', 'متوارٍ عن الأنظار'),
    ('LP-WP', 'LP', 'Absence of witness protection', 'غياب حماية الشهود'),
    ('LP-AN', 'LP', 'Violence, abuse or neglect', 'عنف أو إساءة أو إهمال'),
    ('LP-RP', 'LP', 'At risk due to profile', 'معرض للخطر بسبب وضعه الشخصي'),
    ('LP-MS', 'LP', 'Marginalised from society or community', 'مهمش في المجتمع'),
    ('LP-LS', 'LP', 'Lack of durable-solution prospects', 'انعدام آفاق الحلول الدائمة'),
    ('LP-AP', 'LP', 'Alleged perpetrator', 'جانٍ مزعوم'),
    ('LP-CR', 'LP', 'Criminal record', 'سجل جنائي'),
    ('LP-ST', 'LP', 'Security threat to staff or others', 'تهديد أمني للعاملين أو لغيرهم'),
    ('LP-AF', 'LP', 'Formerly associated with armed forces or groups', 'مرتبط سابقًا بقوات أو جماعات مسلحة'),
    ('TR-PI', 'TR', 'Torture survivor: psychological or physical impairment', 'ناجٍ من التعذيب: ضرر نفسي أو جسدي'),
    ('TR-HO', 'TR', 'Torture survivor: forced to commit egregious acts', 'ناجٍ من التعذيب: أُجبر على أفعال شنيعة'),
    ('TR-WV', 'TR', 'Witness of violence to others', 'شاهد على العنف ضد الآخرين'),
    ('SV-VA', 'SV', 'SGBV in the country of asylum', 'عنف جنسي أو قائم على النوع في بلد اللجوء'),
    ('SV-VF', 'SV', 'SGBV during flight', 'عنف جنسي أو قائم على النوع أثناء الفرار'),
    ('SV-VO', 'SV', 'SGBV in the country of origin', 'عنف جنسي أو قائم على النوع في بلد المنشأ'),
    ('SV-GM', 'SV', 'Female genital mutilation', 'تشويه الأعضاء التناسلية للإناث'),
    ('SV-HP', 'SV', 'Harmful traditional practices', 'ممارسات تقليدية ضارة'),
    ('SV-HK', 'SV', 'Threat of honour killing', 'التهديد بالقتل بداعي الشرف'),
    ('SV-FM', 'SV', 'Forced or early marriage', 'زواج قسري أو مبكر'),
    ('SV-SS', 'SV', 'Survival sex', 'الجنس من أجل البقاء');

UPDATE specific_need SET protection_hold = true
 WHERE code IN ('LP-RR', 'LP-AF', 'LP-IH', 'LP-RP', 'CR-AF') OR category = 'TR';
UPDATE specific_need SET medical_seat = true WHERE code IN ('SM-CC', 'DS-PS', 'SM-DP');
UPDATE specific_need SET wheelchair = true WHERE code IN ('DS-PS', 'DS-PM');

-- A household: the unit that moves together. A household absorbed by a merge is kept (closed) for history.
CREATE TABLE household (
    id            uuid PRIMARY KEY,
    ref           text NOT NULL UNIQUE,
    token         text NOT NULL UNIQUE DEFAULT registry_new_token() CHECK (length(token) >= 16),
    shelter_block text,
    registered_at timestamptz NOT NULL,
    active        boolean NOT NULL DEFAULT true,
    merged_into   uuid REFERENCES household (id)
);
CREATE INDEX household_active_ref ON household (ref) WHERE active;
CREATE INDEX household_block ON household (upper(shelter_block));

-- An individual. A duplicate merged into another record is kept inactive (merged_into) for history.
-- search_keys: normalised tokens of the names in both scripts, the refs, the phone and the block, one GIN
-- index for the registry search; a spelling-variant key column can sit beside it.
CREATE TABLE individual (
    id              uuid PRIMARY KEY,
    ref             text NOT NULL UNIQUE,
    household_id    uuid NOT NULL REFERENCES household (id),
    relationship    text NOT NULL CHECK (relationship IN ('HEAD', 'SPOUSE', 'CHILD', 'PARENT', 'SIBLING',
                                                          'GRANDCHILD', 'OTHER_RELATIVE', 'NON_RELATIVE')),
    given_name      text,
    father_name     text,
    family_name     text,
    given_name_ar   text,
    father_name_ar  text,
    family_name_ar  text,
    sex             text NOT NULL CHECK (sex IN ('F', 'M')),
    birth_date      date NOT NULL,
    birth_year_only boolean NOT NULL DEFAULT false,
    origin_pcode    text REFERENCES governorate (pcode),
    arrival_date    date,
    phone           text,
    specific_needs  text[] NOT NULL DEFAULT '{}',
    registered_at   timestamptz NOT NULL,
    active          boolean NOT NULL DEFAULT true,
    merged_into     uuid REFERENCES individual (id),
    search_keys     text[] NOT NULL DEFAULT '{}',
    CHECK ((given_name IS NOT NULL AND family_name IS NOT NULL)
           OR (given_name_ar IS NOT NULL AND family_name_ar IS NOT NULL))
);
CREATE INDEX individual_household ON individual (household_id) WHERE active;
CREATE INDEX individual_search ON individual USING gin (search_keys);
CREATE INDEX individual_needs ON individual USING gin (specific_needs) WHERE active;
-- at most one head per household; "at least one" is checked at commit by the trigger below
CREATE UNIQUE INDEX individual_one_head ON individual (household_id) WHERE relationship = 'HEAD' AND active;

-- Exactly one head per active household with members, checked when a transaction commits, so that a
-- recorded operation (a move, a split, a change of head) may pass through an intermediate state.
-- A bulk import checks the same rule over its whole file in one query and sets registry.heads_checked.
CREATE FUNCTION registry_check_head() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
    target uuid;
    heads  int;
    members int;
BEGIN
    IF current_setting('registry.heads_checked', true) = 'on' THEN
        RETURN NULL;
    END IF;
    IF TG_TABLE_NAME = 'household' THEN
        target := NEW.id;
    ELSE
        target := OLD.household_id;
    END IF;
    SELECT count(*) FILTER (WHERE relationship = 'HEAD'), count(*) INTO heads, members
      FROM individual WHERE household_id = target AND active;
    IF members > 0 AND heads <> 1 AND EXISTS (SELECT 1 FROM household WHERE id = target AND active) THEN
        RAISE EXCEPTION 'household % must have exactly one head, has %', target, heads
            USING ERRCODE = 'check_violation';
    END IF;
    RETURN NULL;
END
$$;

CREATE CONSTRAINT TRIGGER household_has_one_head AFTER INSERT OR UPDATE ON household
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION registry_check_head();
-- inserting a person can add a second head (refused by the unique index) but never remove one
CREATE CONSTRAINT TRIGGER individual_keeps_one_head AFTER UPDATE OR DELETE ON individual
    DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION registry_check_head();

-- Every change to a person or household: who, when, which operation, which field, old -> new, and why.
-- Operations (MOVED, SPLIT, MERGED...) are recorded here with their reason, not hidden in field edits.
CREATE TABLE registry_change (
    id           bigserial PRIMARY KEY,
    at           timestamptz NOT NULL,
    actor        text NOT NULL,
    operation    text NOT NULL,
    record_type  text NOT NULL CHECK (record_type IN ('person', 'household')),
    record_id    uuid NOT NULL,
    household_id uuid,
    field        text,
    old_value    text,
    new_value    text,
    reason       text
);
CREATE INDEX registry_change_record ON registry_change (record_id, id);
CREATE INDEX registry_change_household ON registry_change (household_id, id);

-- Refs for households and people registered on screen without one (imports bring their own).
CREATE SEQUENCE registry_ref_seq;
