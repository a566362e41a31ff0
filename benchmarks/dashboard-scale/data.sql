-- Generated data for benchmarks/dashboard-scale.sh (issue 12): 500 municipalities × 30 programs (2016–2025), 40 indicators
-- each with planned and actual values for 10 years, 4 main activities with funding lines by source and year, one annual
-- report per program and year (2016–2024 accepted; 2025, the latest campaign, in every state or not started),
-- 3 departments per municipality. Ids are computed (program p of municipality m is (m-1)*30+p, …) so every foreign
-- key is right by construction; the identity sequences are moved past them at the end. Run on the benchmark's own,
-- freshly migrated database only. session_replication_role=replica skips the per-row triggers and foreign-key checks
-- for speed: the years are inside each program's period (2016–2025) and the text columns use the enums' names, so the
-- check constraints (still enforced) and the skipped triggers would accept every row. The program_stamp triggers are
-- skipped too; each program and the shared row get the stamp one write would give them (ADR 0032), so the stamp
-- queries read as many rows as on a real server.
\set ON_ERROR_STOP on
SET session_replication_role = replica;
SET synchronous_commit = off;
SET work_mem = '256MB';
SET maintenance_work_mem = '512MB';

BEGIN;

INSERT INTO municipalities (id, code, name, region, money_unit, budget_names_extra_budgetary, budget_names_federal, budget_names_local,
    budget_names_regional, budget_names_settlements)
SELECT m, 'BM' || lpad(m::text, 3, '0'), 'Муниципальное образование № ' || lpad(m::text, 3, '0'), 'Тульская область', 'ThousandRubles',
    'Внебюджетные источники', 'Федеральный бюджет', 'Бюджет муниципального образования', 'Бюджет субъекта', 'Бюджеты поселений'
FROM generate_series(1, 500) m;

INSERT INTO departments (id, municipality_id, code, name, short_name, kind)
SELECT (m - 1) * 3 + d, m, 'D' || d,
    (ARRAY['Администрация', 'Управление образования', 'Управление по культуре и спорту'])[d] || ' МО № ' || lpad(m::text, 3, '0'),
    (ARRAY['Администрация', 'УО', 'УКС'])[d], (ARRAY['Administration', 'Department', 'Department'])[d]
FROM generate_series(1, 500) m, generate_series(1, 3) d;

INSERT INTO programs (id, municipality_id, registry_code, name, start_year, end_year, status, revision, responsible_executor_id,
    expected_results, approving_act_kind, approving_act_number, approving_act_date)
SELECT (m - 1) * 30 + k, m, 'BM' || lpad(m::text, 3, '0') || '-MP-' || lpad(k::text, 2, '0'),
    'Муниципальная программа № ' || k || ' «Развитие отрасли ' || k || '» муниципального образования № ' || lpad(m::text, 3, '0'),
    2016, 2025, 'InForce', 1, (m - 1) * 3 + 1 + k % 3, '{}', 'постановление', k::text, DATE '2015-11-01'
FROM generate_series(1, 500) m, generate_series(1, 30) k;

-- The first редакция of every program, in force since 2016 (the open data publishes only programs with one, ADR 0027).
INSERT INTO program_versions (id, program_id, number, effective_from, approved_at, approved_by, plan_json, act_date, act_kind, act_number)
SELECT p, p, 1, DATE '2016-01-01', TIMESTAMPTZ '2015-11-01 09:00:00+00', 'bench', '{}', DATE '2015-11-01', 'постановление', p::text
FROM generate_series(1, 15000) p;

INSERT INTO activities (id, program_id, kind, code, structure_code, name, is_investment, sort_order)
SELECT (p - 1) * 4 + a, p, 'MainActivity', a::text, '01.' || a, 'Основное мероприятие ' || a || ' «Обеспечение деятельности»', false, a
FROM generate_series(1, 15000) p, generate_series(1, 4) a;

-- Indicators 1–8 belong to the program as a whole, the rest to its main activities; one in four aims at a decrease.
INSERT INTO indicators (id, program_id, code, name, unit, kind, direction, target_kind, base_value, base_year, activity_id, sort_order)
SELECT (p - 1) * 40 + i, p, i::text, 'Показатель ' || i || ' программы: доля услуг, оказанных в срок', '%',
    CASE WHEN i <= 8 THEN 'Outcome' ELSE 'Output' END, CASE WHEN i % 4 = 0 THEN 'Decrease' ELSE 'Increase' END, 'Value',
    100, 2015, CASE WHEN i > 8 THEN (p - 1) * 4 + 1 + i % 4 END, i
FROM generate_series(1, 15000) p, generate_series(1, 40) i;

-- Plans 1..999 from a hash of the indicator and year, facts at 60–140 % of plan, 1 in 50 not measured.
INSERT INTO indicator_values (indicator_id, year, period, planned, actual, not_measured)
SELECT id, y, 'Year', planned,
    CASE WHEN (id + y) % 50 = 0 THEN NULL ELSE round(planned * (60 + (id * 7 + y * 13) % 81) / 100.0, 4) END,
    (id + y) % 50 = 0
FROM (SELECT i AS id, y, (1 + (i * 31 + y * 17) % 999)::numeric AS planned
      FROM generate_series(1, 600000) i, generate_series(2016, 2025) y) v;

-- Local budget for every activity, regional for every other one, federal for every fifth program's first activity.
INSERT INTO funding_lines (program_id, activity_id, year, period, source, executor_id, planned, actual)
SELECT p, (p - 1) * 4 + a, y, 'Year', s, NULL, planned, round(planned * (70 + (p + a + y) % 31) / 100.0, 5)
FROM (SELECT p, a, y, s, (1000 + (p * 13 + a * 7 + y) % 9000)::numeric AS planned
      FROM generate_series(1, 15000) p, generate_series(1, 4) a, generate_series(2016, 2025) y,
           unnest(ARRAY['Local', 'Regional', 'Federal']) s
      WHERE s = 'Local' OR (s = 'Regional' AND a % 2 = 1) OR (s = 'Federal' AND a = 1 AND p % 5 = 0)) f;

-- One annual report per program and year: 2016–2024 accepted; the 2025 campaign in every state, one in six not started.
INSERT INTO progress_reports (program_id, year, period, status, weight_mode, submitted_at, accepted_at, return_reason, additional_criteria)
SELECT p, y, 'Year', st, 'Equal',
    CASE WHEN st <> 'Draft' THEN make_timestamptz(y + 1, 3, 1 + p % 14, 9, 0, 0, 'UTC') END,
    CASE WHEN st = 'Accepted' THEN make_timestamptz(y + 1, 3, 20, 9, 0, 0, 'UTC') END,
    CASE WHEN st = 'Returned' THEN 'Не приложены подтверждающие документы' END,
    '{"TargetGroups": []}'
FROM (SELECT p, y, CASE WHEN y < 2025 THEN 'Accepted' ELSE (ARRAY['Draft', 'Submitted', 'Accepted', 'Returned', 'Submitted', NULL])[1 + p % 6] END AS st
      FROM generate_series(1, 15000) p, generate_series(2016, 2025) y) r
WHERE st IS NOT NULL;

SELECT setval(pg_get_serial_sequence(t, 'id'), (xpath('/row/m/text()', query_to_xml('SELECT max(id) AS m FROM ' || t, false, false, '')))[1]::text::bigint)
FROM unnest(ARRAY['municipalities', 'departments', 'programs', 'program_versions', 'activities', 'indicators', 'indicator_values', 'funding_lines',
    'progress_reports']) t;

INSERT INTO program_stamps (program_id, stamp, last_transaction) SELECT id, 1, txid_current() FROM programs UNION ALL SELECT 0, 1, txid_current();

COMMIT;
SET session_replication_role = origin;
VACUUM ANALYZE;
