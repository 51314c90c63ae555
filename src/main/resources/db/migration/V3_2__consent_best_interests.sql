-- A child in a household without an adult may travel on a best-interests determination recorded by a
-- protection officer (method BEST_INTERESTS).
ALTER TABLE consent DROP CONSTRAINT consent_method_check;
ALTER TABLE consent ADD CONSTRAINT consent_method_check
    CHECK (method IN ('VERBAL_WITH_WITNESS', 'THUMBPRINT', 'SIGNATURE', 'BEST_INTERESTS'));
