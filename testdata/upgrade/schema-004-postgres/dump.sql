--
-- PostgreSQL database dump
--

\restrict jhRRLeNcczVvxJrtYe7DVVoPbowACNuUAkcyu2NkaQysMDQ3RNh55hjgBxaeODM

-- Dumped from database version 15.18 (Debian 15.18-0+deb12u1)
-- Dumped by pg_dump version 15.18 (Debian 15.18-0+deb12u1)

SET statement_timeout = 0;
SET lock_timeout = 0;
SET idle_in_transaction_session_timeout = 0;
SET client_encoding = 'UTF8';
SET standard_conforming_strings = on;
SELECT pg_catalog.set_config('search_path', '', false);
SET check_function_bodies = false;
SET xmloption = content;
SET client_min_messages = warning;
SET row_security = off;

--
-- Name: upgrade_schema_004; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA upgrade_schema_004;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: api_tokens; Type: TABLE; Schema: upgrade_schema_004; Owner: -
--

CREATE TABLE upgrade_schema_004.api_tokens (
    hash text NOT NULL,
    user_id text NOT NULL,
    created_at text NOT NULL,
    last_used_at text,
    id text DEFAULT ''::text NOT NULL,
    name text DEFAULT ''::text NOT NULL,
    expires_at text DEFAULT ''::text NOT NULL,
    revoked_at text
);


--
-- Name: audit_checkpoints; Type: TABLE; Schema: upgrade_schema_004; Owner: -
--

CREATE TABLE upgrade_schema_004.audit_checkpoints (
    size bigint NOT NULL,
    root text NOT NULL,
    note text NOT NULL,
    at text NOT NULL
);


--
-- Name: audit_head; Type: TABLE; Schema: upgrade_schema_004; Owner: -
--

CREATE TABLE upgrade_schema_004.audit_head (
    id integer NOT NULL,
    size bigint NOT NULL,
    hashes text NOT NULL,
    updated_at text NOT NULL
);


--
-- Name: audit_log; Type: TABLE; Schema: upgrade_schema_004; Owner: -
--

CREATE TABLE upgrade_schema_004.audit_log (
    id text NOT NULL,
    at text NOT NULL,
    user_id text NOT NULL,
    role text NOT NULL,
    org text NOT NULL,
    action text NOT NULL,
    object_type text NOT NULL,
    object_id text NOT NULL,
    purpose text DEFAULT ''::text NOT NULL,
    seq bigint
);


--
-- Name: break_glass; Type: TABLE; Schema: upgrade_schema_004; Owner: -
--

CREATE TABLE upgrade_schema_004.break_glass (
    id text NOT NULL,
    user_id text NOT NULL,
    case_id text NOT NULL,
    signal_id text NOT NULL,
    reason text NOT NULL,
    granted_at text NOT NULL,
    expires_at text NOT NULL,
    reviewed_at text,
    reviewed_by text DEFAULT ''::text NOT NULL
);


--
-- Name: cases; Type: TABLE; Schema: upgrade_schema_004; Owner: -
--

CREATE TABLE upgrade_schema_004.cases (
    id text NOT NULL,
    signal_id text NOT NULL,
    municipality text NOT NULL,
    route text NOT NULL,
    process_lead text NOT NULL,
    status text NOT NULL,
    opened_at text NOT NULL,
    closed_at text,
    outcome text DEFAULT ''::text NOT NULL,
    outcome_note text DEFAULT ''::text NOT NULL,
    escalated integer DEFAULT 0 NOT NULL,
    escalated_at text,
    escalation_reason text DEFAULT ''::text NOT NULL,
    version integer DEFAULT 1 NOT NULL
);


--
-- Name: events; Type: TABLE; Schema: upgrade_schema_004; Owner: -
--

CREATE TABLE upgrade_schema_004.events (
    id text NOT NULL,
    signal_id text NOT NULL,
    at text NOT NULL,
    actor_id text NOT NULL,
    actor_org text NOT NULL,
    kind text NOT NULL,
    detail text DEFAULT ''::text NOT NULL
);


--
-- Name: feedback; Type: TABLE; Schema: upgrade_schema_004; Owner: -
--

CREATE TABLE upgrade_schema_004.feedback (
    id text NOT NULL,
    referral_id text NOT NULL,
    at text NOT NULL,
    user_id text NOT NULL,
    org text NOT NULL,
    message text NOT NULL
);


--
-- Name: indicators; Type: TABLE; Schema: upgrade_schema_004; Owner: -
--

CREATE TABLE upgrade_schema_004.indicators (
    code text NOT NULL,
    form text NOT NULL,
    label text NOT NULL,
    source text DEFAULT ''::text NOT NULL,
    active integer DEFAULT 1 NOT NULL,
    "position" integer DEFAULT 0 NOT NULL
);


--
-- Name: jobs; Type: TABLE; Schema: upgrade_schema_004; Owner: -
--

CREATE TABLE upgrade_schema_004.jobs (
    id text NOT NULL,
    kind text NOT NULL,
    unique_key text NOT NULL,
    run_at text NOT NULL,
    state text NOT NULL,
    attempts integer DEFAULT 0 NOT NULL,
    locked_by text DEFAULT ''::text NOT NULL,
    locked_until text,
    finished_at text,
    last_error text DEFAULT ''::text NOT NULL,
    created_at text NOT NULL
);


--
-- Name: municipalities; Type: TABLE; Schema: upgrade_schema_004; Owner: -
--

CREATE TABLE upgrade_schema_004.municipalities (
    slug text NOT NULL,
    name text NOT NULL,
    safety_region text NOT NULL,
    zvh text NOT NULL,
    active integer DEFAULT 1 NOT NULL
);


--
-- Name: organisations; Type: TABLE; Schema: upgrade_schema_004; Owner: -
--

CREATE TABLE upgrade_schema_004.organisations (
    code text NOT NULL,
    name text NOT NULL,
    kind text NOT NULL,
    safety_region text DEFAULT ''::text NOT NULL,
    municipality text DEFAULT ''::text NOT NULL,
    contact text DEFAULT ''::text NOT NULL,
    active integer DEFAULT 1 NOT NULL
);


--
-- Name: person_index; Type: TABLE; Schema: upgrade_schema_004; Owner: -
--

CREATE TABLE upgrade_schema_004.person_index (
    person_id text NOT NULL,
    signal_id text NOT NULL,
    idx text NOT NULL,
    key_id bigint NOT NULL,
    value text NOT NULL
);


--
-- Name: persons; Type: TABLE; Schema: upgrade_schema_004; Owner: -
--

CREATE TABLE upgrade_schema_004.persons (
    id text NOT NULL,
    signal_id text NOT NULL,
    "position" integer NOT NULL,
    role text NOT NULL,
    name text DEFAULT ''::text NOT NULL,
    birth_date text DEFAULT ''::text NOT NULL,
    estimated_age integer,
    gender text NOT NULL,
    nationality text NOT NULL,
    residence_status text NOT NULL,
    contact text DEFAULT ''::text NOT NULL,
    minor integer DEFAULT 0 NOT NULL
);


--
-- Name: record_keys; Type: TABLE; Schema: upgrade_schema_004; Owner: -
--

CREATE TABLE upgrade_schema_004.record_keys (
    record_id text NOT NULL,
    wrapped text NOT NULL,
    key_id bigint NOT NULL,
    created_at text NOT NULL
);


--
-- Name: recovery_codes; Type: TABLE; Schema: upgrade_schema_004; Owner: -
--

CREATE TABLE upgrade_schema_004.recovery_codes (
    user_id text NOT NULL,
    hash text NOT NULL,
    used_at text
);


--
-- Name: referrals; Type: TABLE; Schema: upgrade_schema_004; Owner: -
--

CREATE TABLE upgrade_schema_004.referrals (
    id text NOT NULL,
    case_id text NOT NULL,
    signal_id text NOT NULL,
    to_org text NOT NULL,
    purpose text NOT NULL,
    status text NOT NULL,
    sent_at text NOT NULL,
    accept_due text NOT NULL,
    responded_at text,
    closed_at text,
    decline_reason text DEFAULT ''::text NOT NULL,
    note text DEFAULT ''::text NOT NULL,
    version integer DEFAULT 1 NOT NULL
);


--
-- Name: reminders; Type: TABLE; Schema: upgrade_schema_004; Owner: -
--

CREATE TABLE upgrade_schema_004.reminders (
    object_type text NOT NULL,
    object_id text NOT NULL,
    kind text NOT NULL,
    at text NOT NULL,
    job_id text NOT NULL
);


--
-- Name: schema_migrations; Type: TABLE; Schema: upgrade_schema_004; Owner: -
--

CREATE TABLE upgrade_schema_004.schema_migrations (
    version integer NOT NULL,
    applied_at text NOT NULL
);


--
-- Name: sectors; Type: TABLE; Schema: upgrade_schema_004; Owner: -
--

CREATE TABLE upgrade_schema_004.sectors (
    code text NOT NULL,
    form text DEFAULT ''::text NOT NULL,
    label text NOT NULL,
    visibility text DEFAULT ''::text NOT NULL,
    active integer DEFAULT 1 NOT NULL,
    "position" integer DEFAULT 0 NOT NULL
);


--
-- Name: sessions; Type: TABLE; Schema: upgrade_schema_004; Owner: -
--

CREATE TABLE upgrade_schema_004.sessions (
    token text NOT NULL,
    data text NOT NULL,
    expiry text NOT NULL
);


--
-- Name: signals; Type: TABLE; Schema: upgrade_schema_004; Owner: -
--

CREATE TABLE upgrade_schema_004.signals (
    id text NOT NULL,
    municipality text NOT NULL,
    observed_on text NOT NULL,
    forms text NOT NULL,
    indicators text DEFAULT ''::text NOT NULL,
    sector text DEFAULT ''::text NOT NULL,
    acute integer DEFAULT 0 NOT NULL,
    account text NOT NULL,
    reporter_name text NOT NULL,
    reporter_org text DEFAULT ''::text NOT NULL,
    reporter_phone text DEFAULT ''::text NOT NULL,
    reporter_email text DEFAULT ''::text NOT NULL,
    reported_by text NOT NULL,
    received_at text NOT NULL,
    triage_due text NOT NULL,
    status text NOT NULL,
    has_minor integer DEFAULT 0 NOT NULL,
    route text DEFAULT ''::text NOT NULL,
    notify text DEFAULT ''::text NOT NULL,
    rationale text DEFAULT ''::text NOT NULL,
    triaged_at text,
    triaged_by text,
    needs_decision integer DEFAULT 0 NOT NULL,
    version integer DEFAULT 1 NOT NULL,
    erased_at text,
    erased_why text DEFAULT ''::text NOT NULL,
    legal_hold integer DEFAULT 0 NOT NULL,
    legal_hold_reason text DEFAULT ''::text NOT NULL
);


--
-- Name: user_municipalities; Type: TABLE; Schema: upgrade_schema_004; Owner: -
--

CREATE TABLE upgrade_schema_004.user_municipalities (
    user_id text NOT NULL,
    municipality text NOT NULL
);


--
-- Name: users; Type: TABLE; Schema: upgrade_schema_004; Owner: -
--

CREATE TABLE upgrade_schema_004.users (
    id text NOT NULL,
    name text NOT NULL,
    email text NOT NULL,
    role text NOT NULL,
    org text NOT NULL,
    password_hash text DEFAULT ''::text NOT NULL,
    active integer DEFAULT 1 NOT NULL,
    created_at text NOT NULL,
    totp_secret text DEFAULT ''::text NOT NULL,
    totp_enabled_at text,
    totp_last_step bigint DEFAULT 0 NOT NULL,
    failed_logins integer DEFAULT 0 NOT NULL,
    locked_until text,
    auth_epoch integer DEFAULT 1 NOT NULL,
    oidc_subject text DEFAULT ''::text NOT NULL
);


--
-- Data for Name: api_tokens; Type: TABLE DATA; Schema: upgrade_schema_004; Owner: -
--

INSERT INTO upgrade_schema_004.api_tokens VALUES ('8663329026a485af5a6317a3e78d25f0aef359331a5001110bfc09f72e346b54', '00363nr149amip7rgvvmnsi1j8', '2025-06-02T10:00:00.000000Z', '2025-06-02T10:00:00.000000Z', '00363nr1568i7ihvdpb3s9anus', 'opdrachtregel', '2025-08-31T10:00:00.000000Z', NULL);
INSERT INTO upgrade_schema_004.api_tokens VALUES ('1d874936dd59a45ed3fad8520bb6b994e14207573be51b2ffb1355a02f0b39b7', '00363nr14bs327vfdbbgq8qfr8', '2025-06-02T10:00:00.000000Z', '2025-06-02T10:00:00.000000Z', '00363nr156gqb12kklrsp876tk', 'opdrachtregel', '2025-08-31T10:00:00.000000Z', NULL);
INSERT INTO upgrade_schema_004.api_tokens VALUES ('86d0295c0e2a47695a1661319269ef7b31ca783058e5cf79660966244d0697e0', '00363nr149nh8u2t0pb7goj1r0', '2025-06-02T10:00:00.000000Z', '2025-06-02T10:00:00.000000Z', '00363nr156k7t2mh1b2cs4hns4', 'opdrachtregel', '2025-08-31T10:00:00.000000Z', NULL);
INSERT INTO upgrade_schema_004.api_tokens VALUES ('edf7f981c334296a5db9777dd0dd26d71d26e56a8398bfff6f21807cada67275', '00363nr149qqeu5da6udt366as', '2025-06-02T10:00:00.000000Z', '2025-06-02T10:00:00.000000Z', '00363nr156m564cpojmep0id5g', 'opdrachtregel', '2025-08-31T10:00:00.000000Z', NULL);
INSERT INTO upgrade_schema_004.api_tokens VALUES ('3b0b5e959098a34e3472f8ceac7acdfadea802c73b48d455e009ee3e7e8bf693', '00363nr14a03b9tp0d5out21jg', '2025-06-02T10:00:00.000000Z', '2025-06-02T10:00:00.000000Z', '00363nr156ogkt02ba26ifp93k', 'opdrachtregel', '2025-08-31T10:00:00.000000Z', NULL);
INSERT INTO upgrade_schema_004.api_tokens VALUES ('f67d48dd9896bea66bf8a1dcf75de36f10fa359f1d94150a5d9990aca5b7ee6b', '00363nr14a365s4q5rj9rovebc', '2025-06-02T10:00:00.000000Z', '2025-06-02T10:00:00.000000Z', '00363nr156r2g8qma41b4gpr9s', 'opdrachtregel', '2025-08-31T10:00:00.000000Z', NULL);
INSERT INTO upgrade_schema_004.api_tokens VALUES ('9f41119067433c1948da2e7efef11bdb3c28b3fad30acbfff69242f8468ded8e', '00363nr14a5cfna4qdqe5jeu0o', '2025-06-02T10:00:00.000000Z', '2025-06-02T10:00:00.000000Z', '00363nr1570o8v4sbdkdd18oes', 'opdrachtregel', '2025-08-31T10:00:00.000000Z', NULL);


--
-- Data for Name: audit_checkpoints; Type: TABLE DATA; Schema: upgrade_schema_004; Owner: -
--



--
-- Data for Name: audit_head; Type: TABLE DATA; Schema: upgrade_schema_004; Owner: -
--

INSERT INTO upgrade_schema_004.audit_head VALUES (1, 0, '', '');


--
-- Data for Name: audit_log; Type: TABLE DATA; Schema: upgrade_schema_004; Owner: -
--

INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr14eqk50t3pkhqie0hr4', '2025-03-03T09:00:00.000000Z', '00363nr148981m5qp1lmao2koo', 'melder', 'gemeente-rotterdam', 'create', 'signal', '00363nr14e5532ss7ud4tf6tvg', 'own_report', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr14fl7pu0ccku7he9lvc', '2025-03-03T12:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'triage', 'signal', '00363nr14e5532ss7ud4tf6tvg', 'triage_and_case', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr14gk6qo68ftk5ktrlu0', '2025-03-03T12:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'signal', '00363nr14e5532ss7ud4tf6tvg', 'triage_and_case', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr14h57vk453ti3h1m2pk', '2025-03-03T17:00:00.000000Z', '00363nr149qqeu5da6udt366as', 'zvh', 'zvh-rotterdam-rijnmond', 'accept', 'referral', '00363nr14fujceskuq70clpdrc', '', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr14i7tbl1eahf0p9dv7g', '2025-03-03T22:00:00.000000Z', '00363nr149qqeu5da6udt366as', 'zvh', 'zvh-rotterdam-rijnmond', 'feedback', 'referral', '00363nr14fujceskuq70clpdrc', '', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr14itlr340rvbv0aoevc', '2025-03-04T03:00:00.000000Z', '00363nr149nh8u2t0pb7goj1r0', 'zorgcoordinator', 'essm', 'accept', 'referral', '00363nr14g1l8suhouiino9pqc', '', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr14jl04oatpuagi5b51k', '2025-03-04T08:00:00.000000Z', '00363nr149nh8u2t0pb7goj1r0', 'zorgcoordinator', 'essm', 'feedback', 'referral', '00363nr14g1l8suhouiino9pqc', '', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr14k64iob3jmfcjhrkpg', '2025-03-04T13:00:00.000000Z', '00363nr14a365s4q5rj9rovebc', 'partner', 'politie-avim', 'accept', 'referral', '00363nr14g2p0avtpio77dsceg', '', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr14kmddi6jrtm5o1f4ak', '2025-03-04T18:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'escalate', 'case', '00363nr14flpfv9hlue76s4vs0', '', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr14l2su45uuusf6ovum4', '2025-03-04T18:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'case', '00363nr14flpfv9hlue76s4vs0', 'triage_and_case', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr14ldgib8p7rg9hp620c', '2025-03-04T11:00:00.000000Z', '00363nr148981m5qp1lmao2koo', 'melder', 'gemeente-rotterdam', 'create', 'signal', '00363nr14la9ocno4f1fgj1810', 'own_report', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr14llshm5dgpbcujcisg', '2025-03-04T14:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'triage', 'signal', '00363nr14la9ocno4f1fgj1810', 'triage_and_case', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr14m5fv3hs0evikkra3s', '2025-03-04T14:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'signal', '00363nr14la9ocno4f1fgj1810', 'triage_and_case', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr14mii5frtofe3d2mjbo', '2025-03-04T19:00:00.000000Z', '00363nr149nh8u2t0pb7goj1r0', 'zorgcoordinator', 'essm', 'decline', 'referral', '00363nr14lnkkg8o9p084ouqcc', '', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr14n6h22j54j236cajuo', '2025-03-05T00:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'refer', 'case', '00363nr14lm9d5ebao4u3mcn80', '', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr14ngkjficifh0fcl12o', '2025-03-05T00:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'case', '00363nr14lm9d5ebao4u3mcn80', 'triage_and_case', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr14o0b6qcajclpi39oj4', '2025-03-05T05:00:00.000000Z', '00363nr149nh8u2t0pb7goj1r0', 'zorgcoordinator', 'essm', 'accept', 'referral', '00363nr14n2tvqlbtkst461p2c', '', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr14ofm8m0sp9jodbmvv8', '2025-03-05T10:00:00.000000Z', '00363nr149nh8u2t0pb7goj1r0', 'zorgcoordinator', 'essm', 'feedback', 'referral', '00363nr14n2tvqlbtkst461p2c', '', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr14p0jit6rgd5igdttek', '2025-03-05T13:00:00.000000Z', '00363nr148981m5qp1lmao2koo', 'melder', 'gemeente-rotterdam', 'create', 'signal', '00363nr14orgb2b5fnc46cmlm0', 'own_report', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr14p95736003mpskv654', '2025-03-05T16:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'triage', 'signal', '00363nr14orgb2b5fnc46cmlm0', 'triage_and_case', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr14pgr229lvje5njt0fs', '2025-03-05T16:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'signal', '00363nr14orgb2b5fnc46cmlm0', 'triage_and_case', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr14psbegmsdp0am87vik', '2025-03-05T21:00:00.000000Z', '00363nr14a03b9tp0d5out21jg', 'riec', 'riec-rotterdam', 'accept', 'referral', '00363nr14pakhobuqhh3s1r400', '', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr14qf5l12t2r5n408nb8', '2025-03-06T02:00:00.000000Z', '00363nr14a03b9tp0d5out21jg', 'riec', 'riec-rotterdam', 'feedback', 'referral', '00363nr14pakhobuqhh3s1r400', '', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr14qsne9dn7755b8ft1c', '2025-03-06T15:00:00.000000Z', '00363nr148981m5qp1lmao2koo', 'melder', 'gemeente-rotterdam', 'create', 'signal', '00363nr14qnrej1t51p2rdnoj4', 'own_report', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr14r9vhrqcj4lc2onqbc', '2025-03-06T18:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'triage', 'signal', '00363nr14qnrej1t51p2rdnoj4', 'triage_and_case', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr14rfeh8u64hkcvavsk4', '2025-03-06T18:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'signal', '00363nr14qnrej1t51p2rdnoj4', 'triage_and_case', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr14rl2lojatdjpaohr8g', '2025-03-07T17:00:00.000000Z', '00363nr148981m5qp1lmao2koo', 'melder', 'gemeente-rotterdam', 'create', 'signal', '00363nr14rhudfa1e5thdfn6co', 'own_report', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr14rr4qithr9shu7ir6s', '2025-03-08T19:00:00.000000Z', '00363nr148981m5qp1lmao2koo', 'melder', 'gemeente-rotterdam', 'create', 'signal', '00363nr14rmv0jk7djomr312tg', 'own_report', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr14s15lajq24pqj8efv8', '2025-03-08T22:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'triage', 'signal', '00363nr14rmv0jk7djomr312tg', 'triage_and_case', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr14sdb4o705kpv8hvg14', '2025-03-08T22:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'signal', '00363nr14rmv0jk7djomr312tg', 'triage_and_case', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr14sou3e1etv57t0ki1s', '2025-03-09T21:00:00.000000Z', '00363nr148981m5qp1lmao2koo', 'melder', 'gemeente-rotterdam', 'create', 'signal', '00363nr14siaopeotpvv8seijc', 'own_report', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr14t71oitqh6mgii44eg', '2025-03-10T00:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'triage', 'signal', '00363nr14siaopeotpvv8seijc', 'triage_and_case', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr14tfckafhr78dmmgbs8', '2025-03-10T00:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'signal', '00363nr14siaopeotpvv8seijc', 'triage_and_case', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr14toclajk7fs1ompuso', '2025-03-10T05:00:00.000000Z', '00363nr149nh8u2t0pb7goj1r0', 'zorgcoordinator', 'essm', 'accept', 'referral', '00363nr14t8ihru8pkbiu8ilh4', '', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr14u6nu0nf6vtpd3k5eo', '2025-03-10T10:00:00.000000Z', '00363nr149nh8u2t0pb7goj1r0', 'zorgcoordinator', 'essm', 'feedback', 'referral', '00363nr14t8ihru8pkbiu8ilh4', '', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr14ukkqukdgublk68uc8', '2025-03-10T15:00:00.000000Z', '00363nr14aj3dvc60riq76ifgo', 'partner', 'veilig-thuis-rotterdam-rijnmond', 'accept', 'referral', '00363nr14t980k9l6ikp6dro74', '', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr14vf4gibgf2o5e6iqf0', '2025-03-10T20:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'close', 'case', '00363nr14t7e712007s8fuadig', '', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr14vo04135k9vu8boa8g', '2025-03-10T20:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'case', '00363nr14t7e712007s8fuadig', 'triage_and_case', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr14vs5i5mfdcl8i3o2p4', '2025-03-10T23:00:00.000000Z', '00363nr148981m5qp1lmao2koo', 'melder', 'gemeente-rotterdam', 'create', 'signal', '00363nr14vqaiqpk6hqcuq3dd4', 'own_report', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr1504f188imvfmbtgfog', '2025-03-11T02:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'triage', 'signal', '00363nr14vqaiqpk6hqcuq3dd4', 'triage_and_case', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr150i5dnaqlqmd3kqbhk', '2025-03-11T02:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'signal', '00363nr14vqaiqpk6hqcuq3dd4', 'triage_and_case', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr150up60fp938ass5e9s', '2025-03-11T07:00:00.000000Z', '00363nr14a365s4q5rj9rovebc', 'partner', 'politie-avim', 'accept', 'referral', '00363nr1506i7cs4jhrm6kptto', '', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr1517mbnr7unl82dtfg4', '2025-03-11T12:00:00.000000Z', '00363nr14a365s4q5rj9rovebc', 'partner', 'politie-avim', 'feedback', 'referral', '00363nr1506i7cs4jhrm6kptto', '', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr151qjj182plsvbnptik', '2025-03-11T17:00:00.000000Z', '00363nr14a365s4q5rj9rovebc', 'partner', 'politie-avim', 'close', 'referral', '00363nr1506i7cs4jhrm6kptto', '', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr152m1b6mlsejrnejb08', '2025-03-12T01:00:00.000000Z', '00363nr148981m5qp1lmao2koo', 'melder', 'gemeente-rotterdam', 'create', 'signal', '00363nr152he5vmeva6lm682ek', 'own_report', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr152rp3fdnan1v06v0ok', '2025-03-12T04:00:00.000000Z', '00363nr14bs327vfdbbgq8qfr8', 'aandachtsfunctionaris', 'gemeente-dordrecht', 'triage', 'signal', '00363nr152he5vmeva6lm682ek', 'triage_and_case', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr1536eoqlto3864f93tc', '2025-03-12T04:00:00.000000Z', '00363nr14bs327vfdbbgq8qfr8', 'aandachtsfunctionaris', 'gemeente-dordrecht', 'view', 'signal', '00363nr152he5vmeva6lm682ek', 'triage_and_case', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr153ig0mkl0utdvh1064', '2025-03-12T09:00:00.000000Z', '00363nr149nh8u2t0pb7goj1r0', 'zorgcoordinator', 'essm', 'accept', 'referral', '00363nr152tj1jih6v3rjsd6sk', '', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr1547tmcketf9ltrjql0', '2025-03-12T14:00:00.000000Z', '00363nr14a5cfna4qdqe5jeu0o', 'partner', 'nla', 'accept', 'referral', '00363nr152umuu4vdgs9pp7nhk', '', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr154fa6n22ons8oheo3g', '2025-03-12T19:00:00.000000Z', '00363nr14a5cfna4qdqe5jeu0o', 'partner', 'nla', 'feedback', 'referral', '00363nr152umuu4vdgs9pp7nhk', '', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr154pj3uj7gebcvg39b8', '2025-03-13T03:00:00.000000Z', '00363nr148981m5qp1lmao2koo', 'melder', 'gemeente-rotterdam', 'create', 'signal', '00363nr154o2ek37h5gvhuqgfg', 'own_report', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr154ubdv939lvll4svio', '2025-03-14T05:00:00.000000Z', '00363nr148981m5qp1lmao2koo', 'melder', 'gemeente-rotterdam', 'create', 'signal', '00363nr154sas5d71gkgaf8gcg', 'own_report', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr1552gnnare3fute89q4', '2025-03-14T08:00:00.000000Z', '00363nr14bs327vfdbbgq8qfr8', 'aandachtsfunctionaris', 'gemeente-dordrecht', 'triage', 'signal', '00363nr154sas5d71gkgaf8gcg', 'triage_and_case', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr155cvq5pul30gakdrro', '2025-03-14T08:00:00.000000Z', '00363nr14bs327vfdbbgq8qfr8', 'aandachtsfunctionaris', 'gemeente-dordrecht', 'view', 'signal', '00363nr154sas5d71gkgaf8gcg', 'triage_and_case', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr155ngfbbqee49lo688k', '2025-03-14T13:00:00.000000Z', '00363nr14a03b9tp0d5out21jg', 'riec', 'riec-rotterdam', 'accept', 'referral', '00363nr155352vchaje485q2jg', '', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr155ufs44deu0qb9pi84', '2025-03-15T07:00:00.000000Z', '00363nr148981m5qp1lmao2koo', 'melder', 'gemeente-rotterdam', 'create', 'signal', '00363nr155so2u671oi8mu0pjg', 'own_report', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr1563k0kr1bbldqko4bs', '2025-03-15T10:00:00.000000Z', '00363nr14bs327vfdbbgq8qfr8', 'aandachtsfunctionaris', 'gemeente-dordrecht', 'triage', 'signal', '00363nr155so2u671oi8mu0pjg', 'triage_and_case', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr1566tq7alop2fjku9uk', '2025-03-15T10:00:00.000000Z', '00363nr14bs327vfdbbgq8qfr8', 'aandachtsfunctionaris', 'gemeente-dordrecht', 'view', 'signal', '00363nr155so2u671oi8mu0pjg', 'triage_and_case', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr156c38qptrlalv9e2rc', '2025-06-02T10:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', '', '', 'token_created', 'token', '00363nr1568i7ihvdpb3s9anus', '', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr156hcpb5vgb5nmd2fdg', '2025-06-02T10:00:00.000000Z', '00363nr14bs327vfdbbgq8qfr8', '', '', 'token_created', 'token', '00363nr156gqb12kklrsp876tk', '', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr156ksr2cp7mfdup7c14', '2025-06-02T10:00:00.000000Z', '00363nr149nh8u2t0pb7goj1r0', '', '', 'token_created', 'token', '00363nr156k7t2mh1b2cs4hns4', '', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr156nbcm66ogehspkkbk', '2025-06-02T10:00:00.000000Z', '00363nr149qqeu5da6udt366as', '', '', 'token_created', 'token', '00363nr156m564cpojmep0id5g', '', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr156p25l9tkfdhul4b6s', '2025-06-02T10:00:00.000000Z', '00363nr14a03b9tp0d5out21jg', '', '', 'token_created', 'token', '00363nr156ogkt02ba26ifp93k', '', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr156s75l38tqtfandsa8', '2025-06-02T10:00:00.000000Z', '00363nr14a365s4q5rj9rovebc', '', '', 'token_created', 'token', '00363nr156r2g8qma41b4gpr9s', '', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr1572j49dqp1258pn0k0', '2025-06-02T10:00:00.000000Z', '00363nr14a5cfna4qdqe5jeu0o', '', '', 'token_created', 'token', '00363nr1570o8v4sbdkdd18oes', '', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr15ba7kp5rucn18aep5s', '2025-06-02T10:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'signal', '00363nr14rhudfa1e5thdfn6co', 'triage_and_case', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr15bt4phqo5pqi0uvaag', '2025-06-02T10:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'signal', '00363nr14e5532ss7ud4tf6tvg', 'triage_and_case', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr15c6b9kdr5keg8810ic', '2025-06-02T10:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'case', '00363nr14flpfv9hlue76s4vs0', 'triage_and_case', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr15ci6lba3kq1a6hvfbs', '2025-06-02T10:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'signal', '00363nr14la9ocno4f1fgj1810', 'triage_and_case', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr15coeiu8pfes55i32lg', '2025-06-02T10:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'case', '00363nr14lm9d5ebao4u3mcn80', 'triage_and_case', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr15d7osvdi32funmikr4', '2025-06-02T10:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'signal', '00363nr14orgb2b5fnc46cmlm0', 'triage_and_case', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr15ddcokgjaqem8nhjqk', '2025-06-02T10:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'case', '00363nr14p9gr6uftlfdefu0g0', 'triage_and_case', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr15dgthptejbuok8e5ms', '2025-06-02T10:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'signal', '00363nr14qnrej1t51p2rdnoj4', 'triage_and_case', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr15dk6qpj87e3krnls2s', '2025-06-02T10:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'signal', '00363nr14rmv0jk7djomr312tg', 'triage_and_case', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr15doct11crpge4dvr50', '2025-06-02T10:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'case', '00363nr14s1nl3jeh0bs1ac0jg', 'triage_and_case', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr15e24ksh59rjnisp4l0', '2025-06-02T10:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'signal', '00363nr14siaopeotpvv8seijc', 'triage_and_case', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr15eb4cco4bbnlph4l0k', '2025-06-02T10:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'case', '00363nr14t7e712007s8fuadig', 'triage_and_case', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr15ep8f9h2spp4r3tlr0', '2025-06-02T10:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'signal', '00363nr14vqaiqpk6hqcuq3dd4', 'triage_and_case', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr15f2glnce4d8olmbhd4', '2025-06-02T10:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'case', '00363nr1504q3pm0o3b1gng4c4', 'triage_and_case', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr15fq61emtdff04b06f0', '2025-06-02T10:00:00.000000Z', '00363nr14bs327vfdbbgq8qfr8', 'aandachtsfunctionaris', 'gemeente-dordrecht', 'view', 'signal', '00363nr152he5vmeva6lm682ek', 'triage_and_case', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr15fvqmqsf9ocbcd663o', '2025-06-02T10:00:00.000000Z', '00363nr14bs327vfdbbgq8qfr8', 'aandachtsfunctionaris', 'gemeente-dordrecht', 'view', 'case', '00363nr152s5l9r3utjiu26v2g', 'triage_and_case', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr15g7e2gpau8mhofctu8', '2025-06-02T10:00:00.000000Z', '00363nr14bs327vfdbbgq8qfr8', 'aandachtsfunctionaris', 'gemeente-dordrecht', 'view', 'signal', '00363nr154o2ek37h5gvhuqgfg', 'triage_and_case', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr15ggms0h5ibomrj3480', '2025-06-02T10:00:00.000000Z', '00363nr14bs327vfdbbgq8qfr8', 'aandachtsfunctionaris', 'gemeente-dordrecht', 'view', 'signal', '00363nr154sas5d71gkgaf8gcg', 'triage_and_case', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr15gl934vus7c3vl9mu4', '2025-06-02T10:00:00.000000Z', '00363nr14bs327vfdbbgq8qfr8', 'aandachtsfunctionaris', 'gemeente-dordrecht', 'view', 'case', '00363nr1552mgtaq7tl1u4ok7c', 'triage_and_case', NULL);
INSERT INTO upgrade_schema_004.audit_log VALUES ('00363nr15gtck8kpq7gbl43hc4', '2025-06-02T10:00:00.000000Z', '00363nr14bs327vfdbbgq8qfr8', 'aandachtsfunctionaris', 'gemeente-dordrecht', 'view', 'signal', '00363nr155so2u671oi8mu0pjg', 'triage_and_case', NULL);


--
-- Data for Name: break_glass; Type: TABLE DATA; Schema: upgrade_schema_004; Owner: -
--



--
-- Data for Name: cases; Type: TABLE DATA; Schema: upgrade_schema_004; Owner: -
--

INSERT INTO upgrade_schema_004.cases VALUES ('00363nr14flpfv9hlue76s4vs0', '00363nr14e5532ss7ud4tf6tvg', 'rotterdam', 'care_and_criminal', 'zvh-rotterdam-rijnmond', 'open', '2025-03-03T12:00:00.000000Z', NULL, '', '', 1, '2025-03-04T18:00:00.000000Z', 'e1:9cIKriaM97mjYdjuWlUEr2rtKQriMnyM9KpcBQZAjEcnOjzaeuuL4DuykLBgWUd9pq9ZZDLDZy3OY4D7VOcgYwdhplwICg0', 2);
INSERT INTO upgrade_schema_004.cases VALUES ('00363nr14lm9d5ebao4u3mcn80', '00363nr14la9ocno4f1fgj1810', 'rotterdam', 'care', 'essm', 'open', '2025-03-04T14:00:00.000000Z', NULL, '', '', 0, NULL, '', 1);
INSERT INTO upgrade_schema_004.cases VALUES ('00363nr14p9gr6uftlfdefu0g0', '00363nr14orgb2b5fnc46cmlm0', 'rotterdam', 'undermining', 'riec-rotterdam', 'open', '2025-03-05T16:00:00.000000Z', NULL, '', '', 0, NULL, '', 1);
INSERT INTO upgrade_schema_004.cases VALUES ('00363nr14s1nl3jeh0bs1ac0jg', '00363nr14rmv0jk7djomr312tg', 'rotterdam', 'care_and_criminal', 'zvh-rotterdam-rijnmond', 'open', '2025-03-08T22:00:00.000000Z', NULL, '', '', 0, NULL, '', 1);
INSERT INTO upgrade_schema_004.cases VALUES ('00363nr14t7e712007s8fuadig', '00363nr14siaopeotpvv8seijc', 'rotterdam', 'care', 'essm', 'closed', '2025-03-10T00:00:00.000000Z', '2025-03-10T20:00:00.000000Z', 'care_completed', 'e1:lr0j2U9ajFdFnKmnaqhJsMb2K0KY2SebFL+86PSCS6/VY0x9YhCJ/k4RP4EBf/IOcmzbcuNXKA', 0, NULL, '', 2);
INSERT INTO upgrade_schema_004.cases VALUES ('00363nr1504q3pm0o3b1gng4c4', '00363nr14vqaiqpk6hqcuq3dd4', 'rotterdam', 'care_and_criminal', 'zvh-rotterdam-rijnmond', 'open', '2025-03-11T02:00:00.000000Z', NULL, '', '', 0, NULL, '', 1);
INSERT INTO upgrade_schema_004.cases VALUES ('00363nr152s5l9r3utjiu26v2g', '00363nr152he5vmeva6lm682ek', 'dordrecht', 'care', 'essm', 'open', '2025-03-12T04:00:00.000000Z', NULL, '', '', 0, NULL, '', 1);
INSERT INTO upgrade_schema_004.cases VALUES ('00363nr1552mgtaq7tl1u4ok7c', '00363nr154sas5d71gkgaf8gcg', 'dordrecht', 'undermining', 'riec-rotterdam', 'open', '2025-03-14T08:00:00.000000Z', NULL, '', '', 0, NULL, '', 1);


--
-- Data for Name: events; Type: TABLE DATA; Schema: upgrade_schema_004; Owner: -
--

INSERT INTO upgrade_schema_004.events VALUES ('00363nr14ene5p1v127s94e6hg', '00363nr14e5532ss7ud4tf6tvg', '2025-03-03T09:00:00.000000Z', '00363nr148981m5qp1lmao2koo', 'gemeente-rotterdam', 'signal_received', 'rotterdam');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14fkifolo3lnhckehvk', '00363nr14e5532ss7ud4tf6tvg', '2025-03-03T12:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'gemeente-rotterdam', 'signal_triaged', 'care_and_criminal');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14fo1kit6ieg4vbd36k', '00363nr14e5532ss7ud4tf6tvg', '2025-03-03T12:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'gemeente-rotterdam', 'case_opened', 'zvh-rotterdam-rijnmond');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14g0qs0dmmrugsfgte0', '00363nr14e5532ss7ud4tf6tvg', '2025-03-03T12:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'gemeente-rotterdam', 'referral_sent', 'zvh-rotterdam-rijnmond');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14g2b1bhn87c86pisb4', '00363nr14e5532ss7ud4tf6tvg', '2025-03-03T12:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'gemeente-rotterdam', 'referral_sent', 'essm');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14g3avc30eo8cd5fdd8', '00363nr14e5532ss7ud4tf6tvg', '2025-03-03T12:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'gemeente-rotterdam', 'referral_sent', 'politie-avim');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14h4p3lojvp4ki4acv0', '00363nr14e5532ss7ud4tf6tvg', '2025-03-03T17:00:00.000000Z', '00363nr149qqeu5da6udt366as', 'zvh-rotterdam-rijnmond', 'referral_accepted', 'zvh-rotterdam-rijnmond');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14i78uba215gtgp7tpk', '00363nr14e5532ss7ud4tf6tvg', '2025-03-03T22:00:00.000000Z', '00363nr149qqeu5da6udt366as', 'zvh-rotterdam-rijnmond', 'feedback_given', 'zvh-rotterdam-rijnmond');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14is8tnbsiijvklo9dk', '00363nr14e5532ss7ud4tf6tvg', '2025-03-04T03:00:00.000000Z', '00363nr149nh8u2t0pb7goj1r0', 'essm', 'referral_accepted', 'essm');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14jkg0a7nfi2pjs43u4', '00363nr14e5532ss7ud4tf6tvg', '2025-03-04T08:00:00.000000Z', '00363nr149nh8u2t0pb7goj1r0', 'essm', 'feedback_given', 'essm');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14k5hqmi905pqkeqv6s', '00363nr14e5532ss7ud4tf6tvg', '2025-03-04T13:00:00.000000Z', '00363nr14a365s4q5rj9rovebc', 'politie-avim', 'referral_accepted', 'politie-avim');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14klsdfjdcqep28ed14', '00363nr14e5532ss7ud4tf6tvg', '2025-03-04T18:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'gemeente-rotterdam', 'case_escalated', '');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14lcv4skf9cqmrcum2s', '00363nr14la9ocno4f1fgj1810', '2025-03-04T11:00:00.000000Z', '00363nr148981m5qp1lmao2koo', 'gemeente-rotterdam', 'signal_received', 'rotterdam');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14lleptgvdpj4n116sg', '00363nr14la9ocno4f1fgj1810', '2025-03-04T14:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'gemeente-rotterdam', 'signal_triaged', 'care');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14ln66m63fefgduc4l4', '00363nr14la9ocno4f1fgj1810', '2025-03-04T14:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'gemeente-rotterdam', 'case_opened', 'essm');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14lobnt253rlsa5v7m4', '00363nr14la9ocno4f1fgj1810', '2025-03-04T14:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'gemeente-rotterdam', 'referral_sent', 'essm');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14mhopl1uderp2quhp4', '00363nr14la9ocno4f1fgj1810', '2025-03-04T19:00:00.000000Z', '00363nr149nh8u2t0pb7goj1r0', 'essm', 'referral_declined', 'essm');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14n4lvig4v4rtnsga6o', '00363nr14la9ocno4f1fgj1810', '2025-03-05T00:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'gemeente-rotterdam', 'referral_sent', 'essm');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14nnqunmlk7dfhnb050', '00363nr14la9ocno4f1fgj1810', '2025-03-05T05:00:00.000000Z', '00363nr149nh8u2t0pb7goj1r0', 'essm', 'referral_accepted', 'essm');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14of04agmq0popbflfo', '00363nr14la9ocno4f1fgj1810', '2025-03-05T10:00:00.000000Z', '00363nr149nh8u2t0pb7goj1r0', 'essm', 'feedback_given', 'essm');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14p03kprl1ta09c59q0', '00363nr14orgb2b5fnc46cmlm0', '2025-03-05T13:00:00.000000Z', '00363nr148981m5qp1lmao2koo', 'gemeente-rotterdam', 'signal_received', 'rotterdam');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14p8p3p3khett5olehs', '00363nr14orgb2b5fnc46cmlm0', '2025-03-05T16:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'gemeente-rotterdam', 'signal_triaged', 'undermining');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14pa94qpibk43lt7e44', '00363nr14orgb2b5fnc46cmlm0', '2025-03-05T16:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'gemeente-rotterdam', 'case_opened', 'riec-rotterdam');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14pbbraur8fidvparbo', '00363nr14orgb2b5fnc46cmlm0', '2025-03-05T16:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'gemeente-rotterdam', 'referral_sent', 'riec-rotterdam');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14ps0d6i5656agm7k68', '00363nr14orgb2b5fnc46cmlm0', '2025-03-05T21:00:00.000000Z', '00363nr14a03b9tp0d5out21jg', 'riec-rotterdam', 'referral_accepted', 'riec-rotterdam');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14qe3rkat14frgl9594', '00363nr14orgb2b5fnc46cmlm0', '2025-03-06T02:00:00.000000Z', '00363nr14a03b9tp0d5out21jg', 'riec-rotterdam', 'feedback_given', 'riec-rotterdam');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14qs8a31kg525oknjcg', '00363nr14qnrej1t51p2rdnoj4', '2025-03-06T15:00:00.000000Z', '00363nr148981m5qp1lmao2koo', 'gemeente-rotterdam', 'signal_received', 'rotterdam');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14r9ivjf1it84egcf9g', '00363nr14qnrej1t51p2rdnoj4', '2025-03-06T18:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'gemeente-rotterdam', 'signal_triaged', 'none');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14rkljpi5ro0uknng10', '00363nr14rhudfa1e5thdfn6co', '2025-03-07T17:00:00.000000Z', '00363nr148981m5qp1lmao2koo', 'gemeente-rotterdam', 'signal_received', 'rotterdam');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14rqp2jdfhe3pvq4o8o', '00363nr14rmv0jk7djomr312tg', '2025-03-08T19:00:00.000000Z', '00363nr148981m5qp1lmao2koo', 'gemeente-rotterdam', 'signal_received', 'rotterdam');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14s0k4epa2fgovcnpao', '00363nr14rmv0jk7djomr312tg', '2025-03-08T22:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'gemeente-rotterdam', 'signal_triaged', 'care_and_criminal');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14s2k7to7cddomsmvfk', '00363nr14rmv0jk7djomr312tg', '2025-03-08T22:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'gemeente-rotterdam', 'case_opened', 'zvh-rotterdam-rijnmond');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14s3beh79rkuvfs69c0', '00363nr14rmv0jk7djomr312tg', '2025-03-08T22:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'gemeente-rotterdam', 'referral_sent', 'zvh-rotterdam-rijnmond');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14s42hburjhnvos4aj0', '00363nr14rmv0jk7djomr312tg', '2025-03-08T22:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'gemeente-rotterdam', 'referral_sent', 'essm');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14soj23udi80n6f53hg', '00363nr14siaopeotpvv8seijc', '2025-03-09T21:00:00.000000Z', '00363nr148981m5qp1lmao2koo', 'gemeente-rotterdam', 'signal_received', 'rotterdam');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14t6e97fprt8u82ouk8', '00363nr14siaopeotpvv8seijc', '2025-03-10T00:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'gemeente-rotterdam', 'signal_triaged', 'care');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14t86l6petf053h4goo', '00363nr14siaopeotpvv8seijc', '2025-03-10T00:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'gemeente-rotterdam', 'case_opened', 'essm');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14t91eppa5val3rlc18', '00363nr14siaopeotpvv8seijc', '2025-03-10T00:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'gemeente-rotterdam', 'referral_sent', 'essm');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14t9i9prc0295nentt0', '00363nr14siaopeotpvv8seijc', '2025-03-10T00:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'gemeente-rotterdam', 'referral_sent', 'veilig-thuis-rotterdam-rijnmond');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14tntj9qcmvrr07pi68', '00363nr14siaopeotpvv8seijc', '2025-03-10T05:00:00.000000Z', '00363nr149nh8u2t0pb7goj1r0', 'essm', 'referral_accepted', 'essm');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14u644rjshirhtd78a4', '00363nr14siaopeotpvv8seijc', '2025-03-10T10:00:00.000000Z', '00363nr149nh8u2t0pb7goj1r0', 'essm', 'feedback_given', 'essm');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14uk61qhl88ton73vvk', '00363nr14siaopeotpvv8seijc', '2025-03-10T15:00:00.000000Z', '00363nr14aj3dvc60riq76ifgo', 'veilig-thuis-rotterdam-rijnmond', 'referral_accepted', 'veilig-thuis-rotterdam-rijnmond');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14vem350fcnkfqird1o', '00363nr14siaopeotpvv8seijc', '2025-03-10T20:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'gemeente-rotterdam', 'case_closed', 'care_completed');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr14vru770ss0m9cmut3c', '00363nr14vqaiqpk6hqcuq3dd4', '2025-03-10T23:00:00.000000Z', '00363nr148981m5qp1lmao2koo', 'gemeente-rotterdam', 'signal_received', 'rotterdam');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr150386rupm3f5oi4tng', '00363nr14vqaiqpk6hqcuq3dd4', '2025-03-11T02:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'gemeente-rotterdam', 'signal_triaged', 'care_and_criminal');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr1505e7nhqkic6qqndcg', '00363nr14vqaiqpk6hqcuq3dd4', '2025-03-11T02:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'gemeente-rotterdam', 'case_opened', 'zvh-rotterdam-rijnmond');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr1505v7nvt1p0rgd9lak', '00363nr14vqaiqpk6hqcuq3dd4', '2025-03-11T02:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'gemeente-rotterdam', 'referral_sent', 'zvh-rotterdam-rijnmond');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr1506dcjnb4k07flf5q4', '00363nr14vqaiqpk6hqcuq3dd4', '2025-03-11T02:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'gemeente-rotterdam', 'referral_sent', 'essm');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr1506rl0tdeul4megn04', '00363nr14vqaiqpk6hqcuq3dd4', '2025-03-11T02:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 'gemeente-rotterdam', 'referral_sent', 'politie-avim');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr150uhgv3r8qqi5s1jkg', '00363nr14vqaiqpk6hqcuq3dd4', '2025-03-11T07:00:00.000000Z', '00363nr14a365s4q5rj9rovebc', 'politie-avim', 'referral_accepted', 'politie-avim');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr151777og42govrbmus4', '00363nr14vqaiqpk6hqcuq3dd4', '2025-03-11T12:00:00.000000Z', '00363nr14a365s4q5rj9rovebc', 'politie-avim', 'feedback_given', 'politie-avim');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr151pkjs1qb46v9rk98s', '00363nr14vqaiqpk6hqcuq3dd4', '2025-03-11T17:00:00.000000Z', '00363nr14a365s4q5rj9rovebc', 'politie-avim', 'referral_closed', 'politie-avim');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr152lfebpddm6qtqqh5g', '00363nr152he5vmeva6lm682ek', '2025-03-12T01:00:00.000000Z', '00363nr148981m5qp1lmao2koo', 'gemeente-rotterdam', 'signal_received', 'dordrecht');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr152r74boevis2lj66i8', '00363nr152he5vmeva6lm682ek', '2025-03-12T04:00:00.000000Z', '00363nr14bs327vfdbbgq8qfr8', 'gemeente-dordrecht', 'signal_triaged', 'care');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr152t60vlhth94sr8am0', '00363nr152he5vmeva6lm682ek', '2025-03-12T04:00:00.000000Z', '00363nr14bs327vfdbbgq8qfr8', 'gemeente-dordrecht', 'case_opened', 'essm');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr152u1ahigith0ijrhb8', '00363nr152he5vmeva6lm682ek', '2025-03-12T04:00:00.000000Z', '00363nr14bs327vfdbbgq8qfr8', 'gemeente-dordrecht', 'referral_sent', 'essm');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr152v6h6du7he1invlrc', '00363nr152he5vmeva6lm682ek', '2025-03-12T04:00:00.000000Z', '00363nr14bs327vfdbbgq8qfr8', 'gemeente-dordrecht', 'referral_sent', 'nla');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr153i21tslpdgmpods3g', '00363nr152he5vmeva6lm682ek', '2025-03-12T09:00:00.000000Z', '00363nr149nh8u2t0pb7goj1r0', 'essm', 'referral_accepted', 'essm');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr1547gm94e7l0eeguhb4', '00363nr152he5vmeva6lm682ek', '2025-03-12T14:00:00.000000Z', '00363nr14a5cfna4qdqe5jeu0o', 'nla', 'referral_accepted', 'nla');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr154f37ji7b5ii164vi4', '00363nr152he5vmeva6lm682ek', '2025-03-12T19:00:00.000000Z', '00363nr14a5cfna4qdqe5jeu0o', 'nla', 'feedback_given', 'nla');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr154pc7r2bvp7gitgdjk', '00363nr154o2ek37h5gvhuqgfg', '2025-03-13T03:00:00.000000Z', '00363nr148981m5qp1lmao2koo', 'gemeente-rotterdam', 'signal_received', 'dordrecht');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr154u6k0vcbe66c1pa5k', '00363nr154sas5d71gkgaf8gcg', '2025-03-14T05:00:00.000000Z', '00363nr148981m5qp1lmao2koo', 'gemeente-rotterdam', 'signal_received', 'dordrecht');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr1552akcod1vl6n6hock', '00363nr154sas5d71gkgaf8gcg', '2025-03-14T08:00:00.000000Z', '00363nr14bs327vfdbbgq8qfr8', 'gemeente-dordrecht', 'signal_triaged', 'undermining');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr1552tnjjsc4d55chr68', '00363nr154sas5d71gkgaf8gcg', '2025-03-14T08:00:00.000000Z', '00363nr14bs327vfdbbgq8qfr8', 'gemeente-dordrecht', 'case_opened', 'riec-rotterdam');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr1553dr7i97ktpen06dc', '00363nr154sas5d71gkgaf8gcg', '2025-03-14T08:00:00.000000Z', '00363nr14bs327vfdbbgq8qfr8', 'gemeente-dordrecht', 'referral_sent', 'riec-rotterdam');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr155n8spe6ob8s9duvq0', '00363nr154sas5d71gkgaf8gcg', '2025-03-14T13:00:00.000000Z', '00363nr14a03b9tp0d5out21jg', 'riec-rotterdam', 'referral_accepted', 'riec-rotterdam');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr155u6vufrvhofg1mf8g', '00363nr155so2u671oi8mu0pjg', '2025-03-15T07:00:00.000000Z', '00363nr148981m5qp1lmao2koo', 'gemeente-rotterdam', 'signal_received', 'dordrecht');
INSERT INTO upgrade_schema_004.events VALUES ('00363nr15637g73g939jquaags', '00363nr155so2u671oi8mu0pjg', '2025-03-15T10:00:00.000000Z', '00363nr14bs327vfdbbgq8qfr8', 'gemeente-dordrecht', 'signal_triaged', 'none');


--
-- Data for Name: feedback; Type: TABLE DATA; Schema: upgrade_schema_004; Owner: -
--

INSERT INTO upgrade_schema_004.feedback VALUES ('00363nr14hpdiqfir37o6d3h9c', '00363nr14fujceskuq70clpdrc', '2025-03-03T22:00:00.000000Z', '00363nr149qqeu5da6udt366as', 'zvh-rotterdam-rijnmond', 'e1:dJWB4Q4KPzmMKD0aCdphguUXYCOB97L4vj0o3B907oqMayphEHaNqFvqYFOibe2jgVEYP5vL/hGoIpG1LcRsDAfMlKML18TuTnOAzKqo7qCDMVXCdtWJQjAstXKIgW1IH4Wy/bdQpVILcQoZHw');
INSERT INTO upgrade_schema_004.feedback VALUES ('00363nr14jaqa2niukhdcdut1k', '00363nr14g1l8suhouiino9pqc', '2025-03-04T08:00:00.000000Z', '00363nr149nh8u2t0pb7goj1r0', 'essm', 'e1:71hRNSUGyB10rYhYUuR6KGk97Ekt9jOBSib2Reiiy4dKQpvbdDf4A/hmWRyhbqpVWihzwK9zJARH9q5HXMqaY9xPf4SJxI02Xb1XKEpevioi4QjGhGo89szIWw');
INSERT INTO upgrade_schema_004.feedback VALUES ('00363nr14odj1odhnnnhid7iis', '00363nr14n2tvqlbtkst461p2c', '2025-03-05T10:00:00.000000Z', '00363nr149nh8u2t0pb7goj1r0', 'essm', 'e1:TPsVlVdUvF4N6jNxk9v8Kx/shRd4hh+9UerZdvIMRrR3WCGgOSaExdvAJrCujtQuLkXrZCWK0u+ad5K2DhTvNA4+NCVo2Nn4N2HCeRur24S466buNnT6DTKGWg');
INSERT INTO upgrade_schema_004.feedback VALUES ('00363nr14q4c9740g3vpmdoiuk', '00363nr14pakhobuqhh3s1r400', '2025-03-06T02:00:00.000000Z', '00363nr14a03b9tp0d5out21jg', 'riec-rotterdam', 'e1:2Ul6nFIp5aGJb9aAyHiSkr630t4UCLMsE+KzJFqSkEhl+SZW4MjSt5P1miyMLPzr8Flt3s347pTj8KmH1AndDjAl88ixzmdz9xFdTdFTuCImK64oeDbDPxbQQVJsgVLaDXQTUtA');
INSERT INTO upgrade_schema_004.feedback VALUES ('00363nr14u4mok5vcnhjd6beb4', '00363nr14t8ihru8pkbiu8ilh4', '2025-03-10T10:00:00.000000Z', '00363nr149nh8u2t0pb7goj1r0', 'essm', 'e1:15LXNspuILggtLJoHZh9158QTvPLVrZO7RNGvqlfz8hq+FeolOvOvWQ13tWuNEKZUZ9Gr2Wv0Gmy7KMv4f4MB+GuF2PXeAvXDXg+2WzF+VS3Gv50EzXm0BLA+w');
INSERT INTO upgrade_schema_004.feedback VALUES ('00363nr1515psst5lot3ung6ok', '00363nr1506i7cs4jhrm6kptto', '2025-03-11T12:00:00.000000Z', '00363nr14a365s4q5rj9rovebc', 'politie-avim', 'e1:VG08V3j2I87Zgp0McPEvr0OyXDsvKZD7KnZqxCwtDU00V/6HPYXFOaBmx5g3LaxyKs5tbEvCEXqVADxiqrheDbuAiUpC7ub3USZdpyCieXq6Sy5yiocHhA5tXu8hebcw0Ald');
INSERT INTO upgrade_schema_004.feedback VALUES ('00363nr154ed9bf7vitvk1ng4o', '00363nr152umuu4vdgs9pp7nhk', '2025-03-12T19:00:00.000000Z', '00363nr14a5cfna4qdqe5jeu0o', 'nla', 'e1:sOxyi815ImHeTMXJd3OuCGfSPzqRMnon9JjMYmzvcRzyq9VCdPw+X/WAL7xXX+qua8+5rFec+LvCaqrn4qY+ubfUfG6mz5n5GqYSVPw3fH45xySO91GBv1XC');


--
-- Data for Name: indicators; Type: TABLE DATA; Schema: upgrade_schema_004; Owner: -
--

INSERT INTO upgrade_schema_004.indicators VALUES ('labour.abuse_of_vulnerability', 'labour', 'Misbruik van een kwetsbare positie (taal, verblijfsstatus, armoede, afhankelijkheid)', 'ILO, Indicators of Forced Labour (2012)', 1, 0);
INSERT INTO upgrade_schema_004.indicators VALUES ('labour.deception', 'labour', 'Misleiding over werk, loon of omstandigheden', 'ILO, Indicators of Forced Labour (2012)', 1, 1);
INSERT INTO upgrade_schema_004.indicators VALUES ('labour.restriction_of_movement', 'labour', 'Beperking van bewegingsvrijheid', 'ILO, Indicators of Forced Labour (2012)', 1, 2);
INSERT INTO upgrade_schema_004.indicators VALUES ('labour.isolation', 'labour', 'Isolement (afgelegen werk- of woonplek, geen contact met buitenwereld)', 'ILO, Indicators of Forced Labour (2012)', 1, 3);
INSERT INTO upgrade_schema_004.indicators VALUES ('labour.physical_sexual_violence', 'labour', 'Fysiek of seksueel geweld', 'ILO, Indicators of Forced Labour (2012)', 1, 4);
INSERT INTO upgrade_schema_004.indicators VALUES ('labour.intimidation_threats', 'labour', 'Intimidatie en bedreiging', 'ILO, Indicators of Forced Labour (2012)', 1, 5);
INSERT INTO upgrade_schema_004.indicators VALUES ('labour.retention_of_documents', 'labour', 'Innemen van identiteitsdocumenten', 'ILO, Indicators of Forced Labour (2012)', 1, 6);
INSERT INTO upgrade_schema_004.indicators VALUES ('labour.withholding_wages', 'labour', 'Inhouden of niet uitbetalen van loon', 'ILO, Indicators of Forced Labour (2012)', 1, 7);
INSERT INTO upgrade_schema_004.indicators VALUES ('labour.debt_bondage', 'labour', 'Schuldslavernij (schuld voor reis, huisvesting of bemiddeling)', 'ILO, Indicators of Forced Labour (2012)', 1, 8);
INSERT INTO upgrade_schema_004.indicators VALUES ('labour.abusive_conditions', 'labour', 'Onmenselijke werk- en leefomstandigheden', 'ILO, Indicators of Forced Labour (2012)', 1, 9);
INSERT INTO upgrade_schema_004.indicators VALUES ('labour.excessive_overtime', 'labour', 'Buitensporig overwerk', 'ILO, Indicators of Forced Labour (2012)', 1, 10);
INSERT INTO upgrade_schema_004.indicators VALUES ('sexual.no_control_earnings', 'sexual', 'Geen of weinig zeggenschap over verdiensten', 'CoMensha, Signalenlijst mensenhandel', 1, 11);
INSERT INTO upgrade_schema_004.indicators VALUES ('sexual.controlled_by_others', 'sexual', 'Wordt gecontroleerd of begeleid door derden (telefoon, vervoer, toezicht)', 'CoMensha, Signalenlijst mensenhandel', 1, 12);
INSERT INTO upgrade_schema_004.indicators VALUES ('sexual.no_documents', 'sexual', 'Beschikt niet over eigen identiteitsdocumenten', 'CoMensha, Signalenlijst mensenhandel', 1, 13);
INSERT INTO upgrade_schema_004.indicators VALUES ('sexual.debt', 'sexual', 'Heeft een schuld bij exploitant of tussenpersoon', 'CoMensha, Signalenlijst mensenhandel', 1, 14);
INSERT INTO upgrade_schema_004.indicators VALUES ('sexual.injuries', 'sexual', 'Tekenen van mishandeling of verwaarlozing', 'UNODC, Human Trafficking Indicators', 1, 15);
INSERT INTO upgrade_schema_004.indicators VALUES ('sexual.branding_tattoo', 'sexual', 'Tatoeage of merkteken dat op ''eigendom'' wijst', 'UNODC, Human Trafficking Indicators', 1, 16);
INSERT INTO upgrade_schema_004.indicators VALUES ('sexual.many_clients_long_hours', 'sexual', 'Zeer lange werkdagen of ongebruikelijk veel klanten', 'CoMensha, Signalenlijst mensenhandel', 1, 17);
INSERT INTO upgrade_schema_004.indicators VALUES ('sexual.changing_locations', 'sexual', 'Wisselt vaak van werkplek of stad, kent adres van verblijf niet', 'CCV, Signalenkaart mensenhandel voor gemeenten', 1, 18);
INSERT INTO upgrade_schema_004.indicators VALUES ('sexual.lover_boy', 'sexual', 'Afhankelijke relatie met een (loverboy)pooier', 'CoMensha, Signalenlijst mensenhandel', 1, 19);
INSERT INTO upgrade_schema_004.indicators VALUES ('sexual.ads_by_third_party', 'sexual', 'Advertenties worden door een ander geplaatst of beheerd', 'CCV, Signalenkaart mensenhandel voor gemeenten', 1, 20);
INSERT INTO upgrade_schema_004.indicators VALUES ('sexual.minor_involved', 'sexual', 'Minderjarige betrokken bij seksuele handelingen tegen betaling', 'CoMensha, Signalenlijst mensenhandel', 1, 21);
INSERT INTO upgrade_schema_004.indicators VALUES ('sexual.fear_scripted', 'sexual', 'Angstig, voert niet zelf het woord of vertelt een ingestudeerd verhaal', 'UNODC, Human Trafficking Indicators', 1, 22);
INSERT INTO upgrade_schema_004.indicators VALUES ('criminal.forced_drug_dealing', 'criminal', 'Dealen of drugs vervoeren onder druk van anderen', 'Nationaal Rapporteur Mensenhandel, signalen criminele uitbuiting', 1, 23);
INSERT INTO upgrade_schema_004.indicators VALUES ('criminal.bank_account_misuse', 'criminal', 'Bankrekening, pas of identiteit gebruikt door anderen (geldezel)', 'Nationaal Rapporteur Mensenhandel, signalen criminele uitbuiting', 1, 24);
INSERT INTO upgrade_schema_004.indicators VALUES ('criminal.home_used_for_drugs', 'criminal', 'Woning gebruikt voor drugsproductie of -opslag', 'Nationaal Rapporteur Mensenhandel, signalen criminele uitbuiting', 1, 25);
INSERT INTO upgrade_schema_004.indicators VALUES ('criminal.organised_shoplifting', 'criminal', 'Winkeldiefstal in georganiseerd verband', 'Nationaal Rapporteur Mensenhandel, signalen criminele uitbuiting', 1, 26);
INSERT INTO upgrade_schema_004.indicators VALUES ('criminal.forced_begging', 'criminal', 'Bedelen onder dwang', 'UNODC, Human Trafficking Indicators', 1, 27);
INSERT INTO upgrade_schema_004.indicators VALUES ('criminal.debt_to_group', 'criminal', 'Schuld aan een criminele groep of persoon', 'Nationaal Rapporteur Mensenhandel, signalen criminele uitbuiting', 1, 28);
INSERT INTO upgrade_schema_004.indicators VALUES ('criminal.unexplained_money', 'criminal', 'Onverklaarbaar geld, dure kleding of telefoons', 'Nationaal Rapporteur Mensenhandel, signalen criminele uitbuiting', 1, 29);
INSERT INTO upgrade_schema_004.indicators VALUES ('criminal.school_absence', 'criminal', 'Schoolverzuim, vermissing of weglopen', 'Nationaal Rapporteur Mensenhandel, signalen criminele uitbuiting', 1, 30);
INSERT INTO upgrade_schema_004.indicators VALUES ('criminal.older_contacts', 'criminal', 'Contact met (veel) oudere personen uit het criminele milieu', 'Nationaal Rapporteur Mensenhandel, signalen criminele uitbuiting', 1, 31);
INSERT INTO upgrade_schema_004.indicators VALUES ('criminal.threats_violence', 'criminal', 'Bedreigd, afgeperst of mishandeld', 'Nationaal Rapporteur Mensenhandel, signalen criminele uitbuiting', 1, 32);
INSERT INTO upgrade_schema_004.indicators VALUES ('criminal.far_from_home', 'criminal', 'Aangehouden ver van de eigen woonplaats', 'Nationaal Rapporteur Mensenhandel, signalen criminele uitbuiting', 1, 33);
INSERT INTO upgrade_schema_004.indicators VALUES ('criminal.no_own_profit', 'criminal', 'Draagt opbrengst van delicten af aan anderen', 'UNODC, Human Trafficking Indicators', 1, 34);
INSERT INTO upgrade_schema_004.indicators VALUES ('organ.unexplained_surgery', 'organ', 'Onverklaarbaar litteken of recente operatie', 'UNODC, Human Trafficking Indicators', 1, 35);
INSERT INTO upgrade_schema_004.indicators VALUES ('organ.payment_for_organ', 'organ', 'Geld of schuldaflossing aangeboden voor een orgaan', 'UNODC, Human Trafficking Indicators', 1, 36);
INSERT INTO upgrade_schema_004.indicators VALUES ('organ.coerced_surrogacy', 'organ', 'Draagmoederschap onder dwang', 'CoMensha, Signalenlijst mensenhandel', 1, 37);


--
-- Data for Name: jobs; Type: TABLE DATA; Schema: upgrade_schema_004; Owner: -
--



--
-- Data for Name: municipalities; Type: TABLE DATA; Schema: upgrade_schema_004; Owner: -
--

INSERT INTO upgrade_schema_004.municipalities VALUES ('albrandswaard', 'Albrandswaard', 'Rotterdam-Rijnmond', 'zvh-rotterdam-rijnmond', 1);
INSERT INTO upgrade_schema_004.municipalities VALUES ('barendrecht', 'Barendrecht', 'Rotterdam-Rijnmond', 'zvh-rotterdam-rijnmond', 1);
INSERT INTO upgrade_schema_004.municipalities VALUES ('capelle-aan-den-ijssel', 'Capelle aan den IJssel', 'Rotterdam-Rijnmond', 'zvh-rotterdam-rijnmond', 1);
INSERT INTO upgrade_schema_004.municipalities VALUES ('goeree-overflakkee', 'Goeree-Overflakkee', 'Rotterdam-Rijnmond', 'zvh-rotterdam-rijnmond', 1);
INSERT INTO upgrade_schema_004.municipalities VALUES ('krimpen-aan-den-ijssel', 'Krimpen aan den IJssel', 'Rotterdam-Rijnmond', 'zvh-rotterdam-rijnmond', 1);
INSERT INTO upgrade_schema_004.municipalities VALUES ('lansingerland', 'Lansingerland', 'Rotterdam-Rijnmond', 'zvh-rotterdam-rijnmond', 1);
INSERT INTO upgrade_schema_004.municipalities VALUES ('maassluis', 'Maassluis', 'Rotterdam-Rijnmond', 'zvh-rotterdam-rijnmond', 1);
INSERT INTO upgrade_schema_004.municipalities VALUES ('nissewaard', 'Nissewaard', 'Rotterdam-Rijnmond', 'zvh-rotterdam-rijnmond', 1);
INSERT INTO upgrade_schema_004.municipalities VALUES ('ridderkerk', 'Ridderkerk', 'Rotterdam-Rijnmond', 'zvh-rotterdam-rijnmond', 1);
INSERT INTO upgrade_schema_004.municipalities VALUES ('rotterdam', 'Rotterdam', 'Rotterdam-Rijnmond', 'zvh-rotterdam-rijnmond', 1);
INSERT INTO upgrade_schema_004.municipalities VALUES ('schiedam', 'Schiedam', 'Rotterdam-Rijnmond', 'zvh-rotterdam-rijnmond', 1);
INSERT INTO upgrade_schema_004.municipalities VALUES ('vlaardingen', 'Vlaardingen', 'Rotterdam-Rijnmond', 'zvh-rotterdam-rijnmond', 1);
INSERT INTO upgrade_schema_004.municipalities VALUES ('voorne-aan-zee', 'Voorne aan Zee', 'Rotterdam-Rijnmond', 'zvh-rotterdam-rijnmond', 1);
INSERT INTO upgrade_schema_004.municipalities VALUES ('alblasserdam', 'Alblasserdam', 'Zuid-Holland-Zuid', 'zvh-zuid-holland-zuid', 1);
INSERT INTO upgrade_schema_004.municipalities VALUES ('dordrecht', 'Dordrecht', 'Zuid-Holland-Zuid', 'zvh-zuid-holland-zuid', 1);
INSERT INTO upgrade_schema_004.municipalities VALUES ('gorinchem', 'Gorinchem', 'Zuid-Holland-Zuid', 'zvh-zuid-holland-zuid', 1);
INSERT INTO upgrade_schema_004.municipalities VALUES ('hardinxveld-giessendam', 'Hardinxveld-Giessendam', 'Zuid-Holland-Zuid', 'zvh-zuid-holland-zuid', 1);
INSERT INTO upgrade_schema_004.municipalities VALUES ('hendrik-ido-ambacht', 'Hendrik-Ido-Ambacht', 'Zuid-Holland-Zuid', 'zvh-zuid-holland-zuid', 1);
INSERT INTO upgrade_schema_004.municipalities VALUES ('hoeksche-waard', 'Hoeksche Waard', 'Zuid-Holland-Zuid', 'zvh-zuid-holland-zuid', 1);
INSERT INTO upgrade_schema_004.municipalities VALUES ('molenlanden', 'Molenlanden', 'Zuid-Holland-Zuid', 'zvh-zuid-holland-zuid', 1);
INSERT INTO upgrade_schema_004.municipalities VALUES ('papendrecht', 'Papendrecht', 'Zuid-Holland-Zuid', 'zvh-zuid-holland-zuid', 1);
INSERT INTO upgrade_schema_004.municipalities VALUES ('sliedrecht', 'Sliedrecht', 'Zuid-Holland-Zuid', 'zvh-zuid-holland-zuid', 1);
INSERT INTO upgrade_schema_004.municipalities VALUES ('zwijndrecht', 'Zwijndrecht', 'Zuid-Holland-Zuid', 'zvh-zuid-holland-zuid', 1);


--
-- Data for Name: organisations; Type: TABLE DATA; Schema: upgrade_schema_004; Owner: -
--

INSERT INTO upgrade_schema_004.organisations VALUES ('gemeente-albrandswaard', 'Gemeente Albrandswaard', 'gemeente', 'Rotterdam-Rijnmond', 'albrandswaard', '', 1);
INSERT INTO upgrade_schema_004.organisations VALUES ('gemeente-barendrecht', 'Gemeente Barendrecht', 'gemeente', 'Rotterdam-Rijnmond', 'barendrecht', '', 1);
INSERT INTO upgrade_schema_004.organisations VALUES ('gemeente-capelle-aan-den-ijssel', 'Gemeente Capelle aan den IJssel', 'gemeente', 'Rotterdam-Rijnmond', 'capelle-aan-den-ijssel', '', 1);
INSERT INTO upgrade_schema_004.organisations VALUES ('gemeente-goeree-overflakkee', 'Gemeente Goeree-Overflakkee', 'gemeente', 'Rotterdam-Rijnmond', 'goeree-overflakkee', '', 1);
INSERT INTO upgrade_schema_004.organisations VALUES ('gemeente-krimpen-aan-den-ijssel', 'Gemeente Krimpen aan den IJssel', 'gemeente', 'Rotterdam-Rijnmond', 'krimpen-aan-den-ijssel', '', 1);
INSERT INTO upgrade_schema_004.organisations VALUES ('gemeente-lansingerland', 'Gemeente Lansingerland', 'gemeente', 'Rotterdam-Rijnmond', 'lansingerland', '', 1);
INSERT INTO upgrade_schema_004.organisations VALUES ('gemeente-maassluis', 'Gemeente Maassluis', 'gemeente', 'Rotterdam-Rijnmond', 'maassluis', '', 1);
INSERT INTO upgrade_schema_004.organisations VALUES ('gemeente-nissewaard', 'Gemeente Nissewaard', 'gemeente', 'Rotterdam-Rijnmond', 'nissewaard', '', 1);
INSERT INTO upgrade_schema_004.organisations VALUES ('gemeente-ridderkerk', 'Gemeente Ridderkerk', 'gemeente', 'Rotterdam-Rijnmond', 'ridderkerk', '', 1);
INSERT INTO upgrade_schema_004.organisations VALUES ('gemeente-rotterdam', 'Gemeente Rotterdam', 'gemeente', 'Rotterdam-Rijnmond', 'rotterdam', '', 1);
INSERT INTO upgrade_schema_004.organisations VALUES ('gemeente-schiedam', 'Gemeente Schiedam', 'gemeente', 'Rotterdam-Rijnmond', 'schiedam', '', 1);
INSERT INTO upgrade_schema_004.organisations VALUES ('gemeente-vlaardingen', 'Gemeente Vlaardingen', 'gemeente', 'Rotterdam-Rijnmond', 'vlaardingen', '', 1);
INSERT INTO upgrade_schema_004.organisations VALUES ('gemeente-voorne-aan-zee', 'Gemeente Voorne aan Zee', 'gemeente', 'Rotterdam-Rijnmond', 'voorne-aan-zee', '', 1);
INSERT INTO upgrade_schema_004.organisations VALUES ('gemeente-alblasserdam', 'Gemeente Alblasserdam', 'gemeente', 'Zuid-Holland-Zuid', 'alblasserdam', '', 1);
INSERT INTO upgrade_schema_004.organisations VALUES ('gemeente-dordrecht', 'Gemeente Dordrecht', 'gemeente', 'Zuid-Holland-Zuid', 'dordrecht', '', 1);
INSERT INTO upgrade_schema_004.organisations VALUES ('gemeente-gorinchem', 'Gemeente Gorinchem', 'gemeente', 'Zuid-Holland-Zuid', 'gorinchem', '', 1);
INSERT INTO upgrade_schema_004.organisations VALUES ('gemeente-hardinxveld-giessendam', 'Gemeente Hardinxveld-Giessendam', 'gemeente', 'Zuid-Holland-Zuid', 'hardinxveld-giessendam', '', 1);
INSERT INTO upgrade_schema_004.organisations VALUES ('gemeente-hendrik-ido-ambacht', 'Gemeente Hendrik-Ido-Ambacht', 'gemeente', 'Zuid-Holland-Zuid', 'hendrik-ido-ambacht', '', 1);
INSERT INTO upgrade_schema_004.organisations VALUES ('gemeente-hoeksche-waard', 'Gemeente Hoeksche Waard', 'gemeente', 'Zuid-Holland-Zuid', 'hoeksche-waard', '', 1);
INSERT INTO upgrade_schema_004.organisations VALUES ('gemeente-molenlanden', 'Gemeente Molenlanden', 'gemeente', 'Zuid-Holland-Zuid', 'molenlanden', '', 1);
INSERT INTO upgrade_schema_004.organisations VALUES ('gemeente-papendrecht', 'Gemeente Papendrecht', 'gemeente', 'Zuid-Holland-Zuid', 'papendrecht', '', 1);
INSERT INTO upgrade_schema_004.organisations VALUES ('gemeente-sliedrecht', 'Gemeente Sliedrecht', 'gemeente', 'Zuid-Holland-Zuid', 'sliedrecht', '', 1);
INSERT INTO upgrade_schema_004.organisations VALUES ('gemeente-zwijndrecht', 'Gemeente Zwijndrecht', 'gemeente', 'Zuid-Holland-Zuid', 'zwijndrecht', '', 1);
INSERT INTO upgrade_schema_004.organisations VALUES ('essm', 'Zorgcoördinatie mensenhandel (ESSM, Humanitas)', 'zorgcoordinatie', '', '', '7 dagen per week bereikbaar', 1);
INSERT INTO upgrade_schema_004.organisations VALUES ('zvh-rotterdam-rijnmond', 'Zorg- en Veiligheidshuis Rotterdam-Rijnmond', 'zvh', 'Rotterdam-Rijnmond', '', '', 1);
INSERT INTO upgrade_schema_004.organisations VALUES ('zvh-zuid-holland-zuid', 'Zorg- en Veiligheidshuis Zuid-Holland-Zuid', 'zvh', 'Zuid-Holland-Zuid', '', '', 1);
INSERT INTO upgrade_schema_004.organisations VALUES ('riec-rotterdam', 'RIEC Rotterdam', 'riec', '', '', '', 1);
INSERT INTO upgrade_schema_004.organisations VALUES ('politie-avim', 'Politie eenheid Rotterdam, AVIM', 'police', '', '', '', 1);
INSERT INTO upgrade_schema_004.organisations VALUES ('nla', 'Nederlandse Arbeidsinspectie', 'nla', '', '', '', 1);
INSERT INTO upgrade_schema_004.organisations VALUES ('veilig-thuis-rotterdam-rijnmond', 'Veilig Thuis Rotterdam Rijnmond', 'veilig_thuis', 'Rotterdam-Rijnmond', '', '', 1);
INSERT INTO upgrade_schema_004.organisations VALUES ('veilig-thuis-zuid-holland-zuid', 'Veilig Thuis Zuid-Holland-Zuid', 'veilig_thuis', 'Zuid-Holland-Zuid', '', '', 1);
INSERT INTO upgrade_schema_004.organisations VALUES ('kmar', 'Koninklijke Marechaussee', 'kmar', '', '', '', 1);
INSERT INTO upgrade_schema_004.organisations VALUES ('veiligheidsalliantie', 'VeiligheidsAlliantie regio Rotterdam (beleidsregie)', 'regie', '', '', '', 1);


--
-- Data for Name: person_index; Type: TABLE DATA; Schema: upgrade_schema_004; Owner: -
--

INSERT INTO upgrade_schema_004.person_index VALUES ('00363nr14een5p1hr9gq9ma7dk', '00363nr14e5532ss7ud4tf6tvg', 'person.name_birth_month', 4129214502, '42da');
INSERT INTO upgrade_schema_004.person_index VALUES ('00363nr14een5p1hr9gq9ma7dk', '00363nr14e5532ss7ud4tf6tvg', 'person.name_birth_date', 4129214502, '6eaf');
INSERT INTO upgrade_schema_004.person_index VALUES ('00363nr14otiasqp9addcmhnbc', '00363nr14orgb2b5fnc46cmlm0', 'person.name_birth_month', 4129214502, '2366');
INSERT INTO upgrade_schema_004.person_index VALUES ('00363nr14otiasqp9addcmhnbc', '00363nr14orgb2b5fnc46cmlm0', 'person.name_birth_date', 4129214502, '6a18');
INSERT INTO upgrade_schema_004.person_index VALUES ('00363nr14qqeupgkgtj6j5fufk', '00363nr14qnrej1t51p2rdnoj4', 'person.name_birth_month', 4129214502, '3719');
INSERT INTO upgrade_schema_004.person_index VALUES ('00363nr14qqeupgkgtj6j5fufk', '00363nr14qnrej1t51p2rdnoj4', 'person.name_birth_date', 4129214502, '1d1f');
INSERT INTO upgrade_schema_004.person_index VALUES ('00363nr14rjk36o8vomhlu0598', '00363nr14rhudfa1e5thdfn6co', 'person.name_birth_month', 4129214502, '1ae8');
INSERT INTO upgrade_schema_004.person_index VALUES ('00363nr14rjk36o8vomhlu0598', '00363nr14rhudfa1e5thdfn6co', 'person.name_birth_date', 4129214502, 'd9');
INSERT INTO upgrade_schema_004.person_index VALUES ('00363nr14rovjr9k96ioeuoegs', '00363nr14rmv0jk7djomr312tg', 'person.name_birth_month', 4129214502, '5961');
INSERT INTO upgrade_schema_004.person_index VALUES ('00363nr14rovjr9k96ioeuoegs', '00363nr14rmv0jk7djomr312tg', 'person.name_birth_date', 4129214502, '549d');
INSERT INTO upgrade_schema_004.person_index VALUES ('00363nr14sjp1scor8k1mpg2bk', '00363nr14siaopeotpvv8seijc', 'person.name_birth_date', 4129214502, '7fc5');
INSERT INTO upgrade_schema_004.person_index VALUES ('00363nr14sjp1scor8k1mpg2bk', '00363nr14siaopeotpvv8seijc', 'person.name_birth_month', 4129214502, 'b44');
INSERT INTO upgrade_schema_004.person_index VALUES ('00363nr14vr8ufrogatm4hmi1k', '00363nr14vqaiqpk6hqcuq3dd4', 'person.name_birth_month', 4129214502, '54bc');
INSERT INTO upgrade_schema_004.person_index VALUES ('00363nr14vr8ufrogatm4hmi1k', '00363nr14vqaiqpk6hqcuq3dd4', 'person.name_birth_date', 4129214502, '19aa');
INSERT INTO upgrade_schema_004.person_index VALUES ('00363nr152jnq9uqiimckc9rbs', '00363nr152he5vmeva6lm682ek', 'person.name_birth_month', 4129214502, '2a2a');
INSERT INTO upgrade_schema_004.person_index VALUES ('00363nr152jnq9uqiimckc9rbs', '00363nr152he5vmeva6lm682ek', 'person.name_birth_date', 4129214502, '59c7');
INSERT INTO upgrade_schema_004.person_index VALUES ('00363nr154t9la5qgmg9a4l0r8', '00363nr154sas5d71gkgaf8gcg', 'person.name_birth_month', 4129214502, '4523');
INSERT INTO upgrade_schema_004.person_index VALUES ('00363nr154t9la5qgmg9a4l0r8', '00363nr154sas5d71gkgaf8gcg', 'person.name_birth_date', 4129214502, '789e');
INSERT INTO upgrade_schema_004.person_index VALUES ('00363nr155tkc0u0bhico97gpk', '00363nr155so2u671oi8mu0pjg', 'person.name_birth_date', 4129214502, '599e');
INSERT INTO upgrade_schema_004.person_index VALUES ('00363nr155tkc0u0bhico97gpk', '00363nr155so2u671oi8mu0pjg', 'person.name_birth_month', 4129214502, '2e76');


--
-- Data for Name: persons; Type: TABLE DATA; Schema: upgrade_schema_004; Owner: -
--

INSERT INTO upgrade_schema_004.persons VALUES ('00363nr14een5p1hr9gq9ma7dk', '00363nr14e5532ss7ud4tf6tvg', 0, 'victim', 'e1:gzYltjnOgdtRyWZ/VXNrKvLduWvVWYfkqoAnKajwWJmJ4n3bbe3XYzBVNrGXzw', 'e1:/k8fZlGTyI2Ae0BwX7NEfA7K9YbeHp44UgKQviQvsl+mIOYIBug', NULL, 'female', 'RO', 'lawful', 'e1:QkKqfvNW+2Ot0G1+yXZkry8nSKZfywXlpGSIHhmzjMF4hsHPR68t', 0);
INSERT INTO upgrade_schema_004.persons VALUES ('00363nr14emgtf6tqb391u9u8o', '00363nr14e5532ss7ud4tf6tvg', 1, 'suspect', 'e1:OKsp/ED00XSlaeTjbC76t+PMryhKRfGyEhEJ7ieMTp7AXH+05Pm21sNd4js', '', 35, 'male', 'NL', 'lawful', 'e1:5471bYh8+EJk1qIRtDI1WdQqdt67VvveJt0UTGMi7gw907vISo1Fs48', 0);
INSERT INTO upgrade_schema_004.persons VALUES ('00363nr14lcbbqin91414h6jso', '00363nr14la9ocno4f1fgj1810', 0, 'victim', '', '', 41, 'male', 'PL', 'lawful', '', 0);
INSERT INTO upgrade_schema_004.persons VALUES ('00363nr14otiasqp9addcmhnbc', '00363nr14orgb2b5fnc46cmlm0', 0, 'victim', 'e1:fwTSYQ7y8NjAXno8EMe7Rx72CQX3hwGN8F1jqdUotpAfECzfnzzd4t+tne/isP4', 'e1:PdHKegoIq6mvW4ETdjgV4MYTX9m1wMR69Nfz9/RKBhp3VhaIBd4', NULL, 'male', 'NL', 'lawful', 'e1:/JCLwJL+htBdsUJx6u0cPe2gbObCThC8hJ5yc0tVsfog2rpodFIr', 0);
INSERT INTO upgrade_schema_004.persons VALUES ('00363nr14ovb8of1cm2t6ve2f4', '00363nr14orgb2b5fnc46cmlm0', 1, 'suspect', 'e1:N/HYd0qUVlId8EL8g/2TMbFfL7hNKsYXYbh63Ck8tzfqga+b/lusgRWmNnY', '', NULL, 'male', 'unknown', 'unknown', '', 0);
INSERT INTO upgrade_schema_004.persons VALUES ('00363nr14qqeupgkgtj6j5fufk', '00363nr14qnrej1t51p2rdnoj4', 0, 'victim', 'e1:/w+JDM58cUBrLH/WXlBDD7lEMw1kjda2lRZp9INZZeJUgRLJGo5ECM2ICppjs+cH', 'e1:Lh6RHc1j8u9vaUjsHdW3mvXVp3+gA4FsRmRTVUX0HHnmEcuOx+c', NULL, 'female', 'NL', 'lawful', '', 0);
INSERT INTO upgrade_schema_004.persons VALUES ('00363nr14rjk36o8vomhlu0598', '00363nr14rhudfa1e5thdfn6co', 0, 'victim', 'e1:+QyhRmtpHg1esi4OziUJvUxky2+xpj2kWXrUO8sbgcoPvkMug9nJKqBBd0+zPxsb', 'e1:lGeL0+TCfXdoCmHkhQrWu9aZfDKn96oD5quJsNak7l2dYhtHlrk', NULL, 'female', 'UA', 'temporary', '', 0);
INSERT INTO upgrade_schema_004.persons VALUES ('00363nr14rovjr9k96ioeuoegs', '00363nr14rmv0jk7djomr312tg', 0, 'victim', 'e1:28R6bflbg3SdZJlWIMIRBSMP4xY63vmiDUUs7TpmdqCNWj1DGJVsngufWS/QQA', 'e1:EuIZVI/WP46R2p3Sx/qKo7k4ZCqMQSHgsNXsXEGgV1v2N5GVNEo', NULL, 'male', 'NL', 'lawful', '', 1);
INSERT INTO upgrade_schema_004.persons VALUES ('00363nr14sjp1scor8k1mpg2bk', '00363nr14siaopeotpvv8seijc', 0, 'victim', 'e1:KZRkIst/IvfJ0lYGlxGY9/bo3+AQWXy51btl5IBTOxkLo135JHTe1T3csswc', 'e1:Rq/dzSB51EkQ69GX8uw2FdqF9n2uKph66MJpxkz921mtT+pqp0g', NULL, 'female', 'NL', 'lawful', 'e1:1Tfo+kJxy8DJ1eO+sOalp+Tdnl11tJJm7laB3Fp1ceoOTVgAax45', 1);
INSERT INTO upgrade_schema_004.persons VALUES ('00363nr14so5b3v3o5a1k1glck', '00363nr14siaopeotpvv8seijc', 1, 'suspect', 'e1:SQ8lEdVcv6npQVKFq0khuKzIvVsoRdt5nvRcy3UggPbatHAOREdut51OwY5rLxI', '', 24, 'male', 'NL', 'lawful', '', 0);
INSERT INTO upgrade_schema_004.persons VALUES ('00363nr14vr8ufrogatm4hmi1k', '00363nr14vqaiqpk6hqcuq3dd4', 0, 'victim', 'e1:QsCBvXclm7jQ5zJg1ZMvPIno8aieywYM9aB4bnk/TI+XgmhRNGFuD648ke7YZY0QqA', 'e1:f8QBOBNADNt9FEZt069eWFD19NZZNypvhJWvjKMp6IvrANXVAMo', NULL, 'female', 'NG', 'none', '', 0);
INSERT INTO upgrade_schema_004.persons VALUES ('00363nr152jnq9uqiimckc9rbs', '00363nr152he5vmeva6lm682ek', 0, 'victim', 'e1:Mzs9Aj5s5w3gOrgAC7XCxy5DI/hdfxBHnGVcg4dELPf/Y49wIQGDC/OevhUJrcm+iK8', 'e1:HJu1uaPxB6VxGq9f/d30yPfOCKyiZzXFcUbHDCPohJexDrfA6iA', NULL, 'male', 'PL', 'lawful', '', 0);
INSERT INTO upgrade_schema_004.persons VALUES ('00363nr154ot75og7924d287s8', '00363nr154o2ek37h5gvhuqgfg', 0, 'victim', 'e1:ez5dIXn8UobmA9XYDTqS9JmtsuoGWZc/PwK/G8/+szjVTk7i4LUGcRAnudX3nQOjYzw', '', 28, 'female', 'unknown', 'unknown', '', 0);
INSERT INTO upgrade_schema_004.persons VALUES ('00363nr154t9la5qgmg9a4l0r8', '00363nr154sas5d71gkgaf8gcg', 0, 'victim', 'e1:DM4G/eNPgZxQ7z+SN1AT4at3Zw89KXSSGHQKJwLF6m0OlrasK3fr9qF4Hdh2TxrzhH8T', 'e1:lKxqhV3RRjqd6swPwTVJk63bC4Be9fKNZ56z9ZChNmjRYKZELbY', NULL, 'male', 'NL', 'lawful', '', 0);
INSERT INTO upgrade_schema_004.persons VALUES ('00363nr154tupv9me5s7agbbu8', '00363nr154sas5d71gkgaf8gcg', 1, 'suspect', 'e1:8432YwNf+0tuuLoiwaTLmt+h+XDhaVvFAwhMpz0/4GvpjoaBYCN9TzsviMBQ5zoZeBo', '', 30, 'male', 'unknown', 'unknown', '', 0);
INSERT INTO upgrade_schema_004.persons VALUES ('00363nr155tkc0u0bhico97gpk', '00363nr155so2u671oi8mu0pjg', 0, 'victim', 'e1:C5mGeLlY92148jGcJD0GLEIcmbYy4OCtiF6dbe46inZHSfXDHmJVeJVrqOEu3bQGeWYEZ8Y', 'e1:HY08JY8CfX8WUkFYODVP4rgn5YsmkCNxaa0rmBKO73Wlvrh24lE', NULL, 'female', 'RO', 'lawful', '', 0);


--
-- Data for Name: record_keys; Type: TABLE DATA; Schema: upgrade_schema_004; Owner: -
--

INSERT INTO upgrade_schema_004.record_keys VALUES ('00363nr14e5532ss7ud4tf6tvg', 'AeM3FzFG9NYnhjEp6+FsPD/V3ix9ESr5N0TL3T6rldwg3aJUcVD5QDPIou2ImxaPB3QgdMRn19MA4aWqj9CMqVE=', 3812038449, '2025-03-03T09:00:00.000000Z');
INSERT INTO upgrade_schema_004.record_keys VALUES ('00363nr14la9ocno4f1fgj1810', 'AeM3FzG5eCZKS4AdeZPCMo12qDWOQ0VEpiPfh7T7AgdsZ0PYNYjxD3781d+hos2GekwvyJ7PBKG1B8ggLAaZZlk=', 3812038449, '2025-03-04T11:00:00.000000Z');
INSERT INTO upgrade_schema_004.record_keys VALUES ('00363nr14orgb2b5fnc46cmlm0', 'AeM3FzH0X7niMNacefaRlU9VmT0x6lvVsKpbVgXFzdFXxS6uitGUAA4yUt3BP2ZTiaU1QO/h0NcbPDIfEoidAMs=', 3812038449, '2025-03-05T13:00:00.000000Z');
INSERT INTO upgrade_schema_004.record_keys VALUES ('00363nr14qnrej1t51p2rdnoj4', 'AeM3FzFNq+glAXKm8oUAv8pyqgGc+drO4a74i/2VQxIT6G4N2jxA8esOepfYU8VU9sT5sURdPJOBzOtf4Vs83tQ=', 3812038449, '2025-03-06T15:00:00.000000Z');
INSERT INTO upgrade_schema_004.record_keys VALUES ('00363nr14rhudfa1e5thdfn6co', 'AeM3FzFALfOQIXP5MNGXcoNlznkvCgE784ebQhCmMNG3qJCSkZvwJwntO2HYpNZSX3WWAzRgchHPL5oTeZ0tRtY=', 3812038449, '2025-03-07T17:00:00.000000Z');
INSERT INTO upgrade_schema_004.record_keys VALUES ('00363nr14rmv0jk7djomr312tg', 'AeM3FzEJofC8Q2M6U1DX5//85GC6xjKeDOm+YrxTMoKJW8s24UkJjP0CaW+FJ958P8luZdYya4fn0KJlDx70OVw=', 3812038449, '2025-03-08T19:00:00.000000Z');
INSERT INTO upgrade_schema_004.record_keys VALUES ('00363nr14siaopeotpvv8seijc', 'AeM3FzHCSN7yNri7tHJ//1t9K48+AlAqyLIBJO4QkhNIxqS+bXehrOnDsDoHNyY332LepNCwirGs+XmifFSUaew=', 3812038449, '2025-03-09T21:00:00.000000Z');
INSERT INTO upgrade_schema_004.record_keys VALUES ('00363nr14vqaiqpk6hqcuq3dd4', 'AeM3FzFZm6VkZKpCSVP8FfWkLxKuG+BLut5RKvQ+gybjaP0tccVcYIE7pXWOn8OeizPX+h0yTUAEFNXXA2mfcOA=', 3812038449, '2025-03-10T23:00:00.000000Z');
INSERT INTO upgrade_schema_004.record_keys VALUES ('00363nr152he5vmeva6lm682ek', 'AeM3FzH+3OFMvOWSkjscBwuvaWhWGhyTXknZyhLVnjd3BTcrRvNw1od3eQjSEarHZxw60a66zyZEG+isaHA5SZA=', 3812038449, '2025-03-12T01:00:00.000000Z');
INSERT INTO upgrade_schema_004.record_keys VALUES ('00363nr154o2ek37h5gvhuqgfg', 'AeM3FzHByy+8q+979LFzRbIFoUUos61nmkwmmm5yPRRZo9G79p5i13FE1tMLrrB5KylxIOzfsV0MWeZF2Y9foKs=', 3812038449, '2025-03-13T03:00:00.000000Z');
INSERT INTO upgrade_schema_004.record_keys VALUES ('00363nr154sas5d71gkgaf8gcg', 'AeM3FzH5E39iZM+XfPkBSoKEj9b0nCoAoNJERbKmZEsKILjRurQW0vBIo5VH13NMh2JOlL6OJ7+8rYv7V4KQKFc=', 3812038449, '2025-03-14T05:00:00.000000Z');
INSERT INTO upgrade_schema_004.record_keys VALUES ('00363nr155so2u671oi8mu0pjg', 'AeM3FzFVbjWHtVuxyke8c1uLkwPV1X4IHStA1kiLRFXOUffZmN8iy1b6pgTcwHJtZVXo4glctctjgGDplLoX7E4=', 3812038449, '2025-03-15T07:00:00.000000Z');


--
-- Data for Name: recovery_codes; Type: TABLE DATA; Schema: upgrade_schema_004; Owner: -
--



--
-- Data for Name: referrals; Type: TABLE DATA; Schema: upgrade_schema_004; Owner: -
--

INSERT INTO upgrade_schema_004.referrals VALUES ('00363nr14fujceskuq70clpdrc', '00363nr14flpfv9hlue76s4vs0', '00363nr14e5532ss7ud4tf6tvg', 'zvh-rotterdam-rijnmond', 'process_lead', 'accepted', '2025-03-03T12:00:00.000000Z', '2025-03-06T12:00:00.000000Z', '2025-03-03T17:00:00.000000Z', NULL, '', '', 2);
INSERT INTO upgrade_schema_004.referrals VALUES ('00363nr14g1l8suhouiino9pqc', '00363nr14flpfv9hlue76s4vs0', '00363nr14e5532ss7ud4tf6tvg', 'essm', 'care', 'accepted', '2025-03-03T12:00:00.000000Z', '2025-03-06T12:00:00.000000Z', '2025-03-04T03:00:00.000000Z', NULL, '', '', 2);
INSERT INTO upgrade_schema_004.referrals VALUES ('00363nr14g2p0avtpio77dsceg', '00363nr14flpfv9hlue76s4vs0', '00363nr14e5532ss7ud4tf6tvg', 'politie-avim', 'police', 'accepted', '2025-03-03T12:00:00.000000Z', '2025-03-06T12:00:00.000000Z', '2025-03-04T13:00:00.000000Z', NULL, '', '', 2);
INSERT INTO upgrade_schema_004.referrals VALUES ('00363nr14lnkkg8o9p084ouqcc', '00363nr14lm9d5ebao4u3mcn80', '00363nr14la9ocno4f1fgj1810', 'essm', 'care', 'declined', '2025-03-04T14:00:00.000000Z', '2025-03-07T14:00:00.000000Z', '2025-03-04T19:00:00.000000Z', NULL, 'e1:Hirl0e21e2i9eBqLd0MMw9mC6tlVfOvb5W+eqk9IeP9eP0bm7mMkwYrWE33Xdv7/+ysWWkvCRfPg6kraVZTN9L/Ox4WReV/JlE1bog', '', 2);
INSERT INTO upgrade_schema_004.referrals VALUES ('00363nr14n2tvqlbtkst461p2c', '00363nr14lm9d5ebao4u3mcn80', '00363nr14la9ocno4f1fgj1810', 'essm', 're_referral', 'accepted', '2025-03-05T00:00:00.000000Z', '2025-03-10T00:00:00.000000Z', '2025-03-05T05:00:00.000000Z', NULL, '', 'e1:TkV1Nb1YU/ZeGAPO5WN/eExTnBBWoy2n1NMNBjsCdUTaWowSFwQ5FX7fkA180G9W9LaVvVOdJ+t42U4D+/apuA', 2);
INSERT INTO upgrade_schema_004.referrals VALUES ('00363nr14pakhobuqhh3s1r400', '00363nr14p9gr6uftlfdefu0g0', '00363nr14orgb2b5fnc46cmlm0', 'riec-rotterdam', 'undermining', 'accepted', '2025-03-05T16:00:00.000000Z', '2025-03-10T16:00:00.000000Z', '2025-03-05T21:00:00.000000Z', NULL, '', '', 2);
INSERT INTO upgrade_schema_004.referrals VALUES ('00363nr14s2v655qcsv3avmjg8', '00363nr14s1nl3jeh0bs1ac0jg', '00363nr14rmv0jk7djomr312tg', 'zvh-rotterdam-rijnmond', 'process_lead', 'sent', '2025-03-08T22:00:00.000000Z', '2025-03-12T22:00:00.000000Z', NULL, NULL, '', '', 1);
INSERT INTO upgrade_schema_004.referrals VALUES ('00363nr14s3lq281q4504ugf2c', '00363nr14s1nl3jeh0bs1ac0jg', '00363nr14rmv0jk7djomr312tg', 'essm', 'care', 'sent', '2025-03-08T22:00:00.000000Z', '2025-03-12T22:00:00.000000Z', NULL, NULL, '', '', 1);
INSERT INTO upgrade_schema_004.referrals VALUES ('00363nr14t8ihru8pkbiu8ilh4', '00363nr14t7e712007s8fuadig', '00363nr14siaopeotpvv8seijc', 'essm', 'care', 'accepted', '2025-03-10T00:00:00.000000Z', '2025-03-13T00:00:00.000000Z', '2025-03-10T05:00:00.000000Z', NULL, '', '', 2);
INSERT INTO upgrade_schema_004.referrals VALUES ('00363nr14t980k9l6ikp6dro74', '00363nr14t7e712007s8fuadig', '00363nr14siaopeotpvv8seijc', 'veilig-thuis-rotterdam-rijnmond', 'veilig_thuis', 'accepted', '2025-03-10T00:00:00.000000Z', '2025-03-13T00:00:00.000000Z', '2025-03-10T15:00:00.000000Z', NULL, '', '', 2);
INSERT INTO upgrade_schema_004.referrals VALUES ('00363nr1505k7bkpkmjlh516g4', '00363nr1504q3pm0o3b1gng4c4', '00363nr14vqaiqpk6hqcuq3dd4', 'zvh-rotterdam-rijnmond', 'process_lead', 'sent', '2025-03-11T02:00:00.000000Z', '2025-03-14T02:00:00.000000Z', NULL, NULL, '', '', 1);
INSERT INTO upgrade_schema_004.referrals VALUES ('00363nr15064b5sj5ggnef5io4', '00363nr1504q3pm0o3b1gng4c4', '00363nr14vqaiqpk6hqcuq3dd4', 'essm', 'care', 'sent', '2025-03-11T02:00:00.000000Z', '2025-03-14T02:00:00.000000Z', NULL, NULL, '', '', 1);
INSERT INTO upgrade_schema_004.referrals VALUES ('00363nr1506i7cs4jhrm6kptto', '00363nr1504q3pm0o3b1gng4c4', '00363nr14vqaiqpk6hqcuq3dd4', 'politie-avim', 'police', 'closed', '2025-03-11T02:00:00.000000Z', '2025-03-14T02:00:00.000000Z', '2025-03-11T07:00:00.000000Z', '2025-03-11T17:00:00.000000Z', '', '', 3);
INSERT INTO upgrade_schema_004.referrals VALUES ('00363nr152tj1jih6v3rjsd6sk', '00363nr152s5l9r3utjiu26v2g', '00363nr152he5vmeva6lm682ek', 'essm', 'care', 'accepted', '2025-03-12T04:00:00.000000Z', '2025-03-17T04:00:00.000000Z', '2025-03-12T09:00:00.000000Z', NULL, '', '', 2);
INSERT INTO upgrade_schema_004.referrals VALUES ('00363nr152umuu4vdgs9pp7nhk', '00363nr152s5l9r3utjiu26v2g', '00363nr152he5vmeva6lm682ek', 'nla', 'nla', 'accepted', '2025-03-12T04:00:00.000000Z', '2025-03-17T04:00:00.000000Z', '2025-03-12T14:00:00.000000Z', NULL, '', '', 2);
INSERT INTO upgrade_schema_004.referrals VALUES ('00363nr155352vchaje485q2jg', '00363nr1552mgtaq7tl1u4ok7c', '00363nr154sas5d71gkgaf8gcg', 'riec-rotterdam', 'undermining', 'accepted', '2025-03-14T08:00:00.000000Z', '2025-03-19T08:00:00.000000Z', '2025-03-14T13:00:00.000000Z', NULL, '', '', 2);


--
-- Data for Name: reminders; Type: TABLE DATA; Schema: upgrade_schema_004; Owner: -
--



--
-- Data for Name: schema_migrations; Type: TABLE DATA; Schema: upgrade_schema_004; Owner: -
--

INSERT INTO upgrade_schema_004.schema_migrations VALUES (1, '2026-12-05T09:11:35.064118Z');
INSERT INTO upgrade_schema_004.schema_migrations VALUES (2, '2026-12-05T09:11:35.084096Z');
INSERT INTO upgrade_schema_004.schema_migrations VALUES (3, '2026-12-05T09:11:35.097230Z');
INSERT INTO upgrade_schema_004.schema_migrations VALUES (4, '2026-12-05T09:11:35.150554Z');


--
-- Data for Name: sectors; Type: TABLE DATA; Schema: upgrade_schema_004; Owner: -
--

INSERT INTO upgrade_schema_004.sectors VALUES ('window', 'sexual', 'Raamprostitutie', 'visible', 1, 0);
INSERT INTO upgrade_schema_004.sectors VALUES ('club', 'sexual', 'Club of privéhuis (vergund)', 'visible', 1, 1);
INSERT INTO upgrade_schema_004.sectors VALUES ('escort', 'sexual', 'Escort', 'less_visible', 1, 2);
INSERT INTO upgrade_schema_004.sectors VALUES ('home', 'sexual', 'Thuisprostitutie', 'less_visible', 1, 3);
INSERT INTO upgrade_schema_004.sectors VALUES ('online', 'sexual', 'Online (advertenties, webcam)', 'less_visible', 1, 4);
INSERT INTO upgrade_schema_004.sectors VALUES ('hotel', 'sexual', 'Hotel of vakantiewoning', 'less_visible', 1, 5);
INSERT INTO upgrade_schema_004.sectors VALUES ('massage', 'sexual', 'Massagesalon (onvergund)', 'less_visible', 1, 6);
INSERT INTO upgrade_schema_004.sectors VALUES ('drug_trade', 'criminal', 'Drugshandel en -koerierswerk', '', 1, 7);
INSERT INTO upgrade_schema_004.sectors VALUES ('drug_production', 'criminal', 'Drugsproductie (hennep, synthetisch)', '', 1, 8);
INSERT INTO upgrade_schema_004.sectors VALUES ('shoplifting', 'criminal', 'Winkeldiefstal', '', 1, 9);
INSERT INTO upgrade_schema_004.sectors VALUES ('begging', 'criminal', 'Bedelarij', '', 1, 10);
INSERT INTO upgrade_schema_004.sectors VALUES ('financial_fraud', 'criminal', 'Bank- en identiteitsfraude', '', 1, 11);
INSERT INTO upgrade_schema_004.sectors VALUES ('agriculture', 'labour', 'Land- en tuinbouw', '', 1, 12);
INSERT INTO upgrade_schema_004.sectors VALUES ('construction', 'labour', 'Bouw', '', 1, 13);
INSERT INTO upgrade_schema_004.sectors VALUES ('logistics', 'labour', 'Distributie en logistiek', '', 1, 14);
INSERT INTO upgrade_schema_004.sectors VALUES ('hospitality', 'labour', 'Horeca', '', 1, 15);
INSERT INTO upgrade_schema_004.sectors VALUES ('cleaning', 'labour', 'Schoonmaak', '', 1, 16);
INSERT INTO upgrade_schema_004.sectors VALUES ('food_processing', 'labour', 'Vleesverwerking en voedingsindustrie', '', 1, 17);
INSERT INTO upgrade_schema_004.sectors VALUES ('domestic_work', 'labour', 'Huishoudelijk werk', '', 1, 18);
INSERT INTO upgrade_schema_004.sectors VALUES ('beauty', 'labour', 'Nagel- en schoonheidssalon', '', 1, 19);
INSERT INTO upgrade_schema_004.sectors VALUES ('shipping', 'labour', 'Scheepvaart en haven', '', 1, 20);
INSERT INTO upgrade_schema_004.sectors VALUES ('medical', 'organ', 'Medische setting', '', 1, 21);
INSERT INTO upgrade_schema_004.sectors VALUES ('other', '', 'Anders', '', 1, 22);


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: upgrade_schema_004; Owner: -
--



--
-- Data for Name: signals; Type: TABLE DATA; Schema: upgrade_schema_004; Owner: -
--

INSERT INTO upgrade_schema_004.signals VALUES ('00363nr14e5532ss7ud4tf6tvg', 'rotterdam', '2025-03-01', 'sexual', 'sexual.debt', 'escort', 0, 'e1:XqoGoJb3b4FR8IUxQjSLOEUVrIpnVmnrpihUpnvjRT0MWIhun/TbrT/aXnwD1Jl5iTvdyk1BNIXOYzTe4xJQF9eS5cmfYuXBTPZuinASx3RcG+73CV77qQyRU96VENO45qTfX+BHC8oO5XG2wik4gzyOnA', 'e1:H/UK3qLndMcRJE74nI3kv12O1M8srzCH+kA4Y+L7KA/SlGLKA7j2PH7ymKyrPYlP', 'e1:rCRcpF9SX5BOxbJADyBwAldYjVeV5DS80x3nUFe3DNllK2XrSQAg6cKW', 'e1:c5Z7fTrWOGUbETw/zX4+CLNL/C2H0DfgPcci9f1CtBqfCPCrj76x', 'e1:0Porpc9AosY9E0LT4U5PZbbW4X9Kk1T03nMW0kq2u3SUSUrr5OeJFFJz1D0zNWHd86Ifm14', '00363nr148981m5qp1lmao2koo', '2025-03-03T09:00:00.000000Z', '2025-03-10T09:00:00.000000Z', 'triaged', 0, 'care_and_criminal', 'police', 'e1:xfDaP+AqR0nPKUlFS8hRsev+RWwMMAY1a7p395DNTIPXBKe0PyAvMq6Yxt7Vzdh3PDr5rlRmB9dsAuDQ/TmoRzGgZ9urK0RaoRkFZ0jvou5LurO7mlpXAFgTfQf4', '2025-03-03T12:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 0, 2, NULL, '', 0, '');
INSERT INTO upgrade_schema_004.signals VALUES ('00363nr14la9ocno4f1fgj1810', 'rotterdam', '2025-03-02', 'labour', 'labour.retention_of_documents', 'construction', 0, 'e1:9B1ODtm/FIDxtmaSWGFi0IaN/tEOzEvNEjWqApwnvkpvsdJB7vPHb4yD8/fdVctb9GU0jimaZhvJe//KhPDfoXj25/ioa/7+f5TuwFIYTFKLcrrx0X9q0gH3', 'e1:3MD+ZPO7PPmvA+9gJZ0D5GI9cN1M4uWQ0im1o9ASgpBGw6p/ezL/+shQ/l4b', 'e1:EofTkrixxAnxG+PquBStIf+OxdJHA4/WkBGO28TJbfpD+wL3dwiSFwN79xHPp7k+pGc', '', '', '00363nr148981m5qp1lmao2koo', '2025-03-04T11:00:00.000000Z', '2025-03-11T11:00:00.000000Z', 'triaged', 0, 'care', '', 'e1:lgzzkeg43EC/b9i3ETn6eCq6MrxJi6DE0Os05OAMvxMMkXFHKZF4QSclwtdxthHcO2rRPjomdzJTH1jXcWmO58sZu3PEyTa8H6bKA/o/XNVhxQ2HbuOTJQeQHWwE', '2025-03-04T14:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 0, 4, NULL, '', 0, '');
INSERT INTO upgrade_schema_004.signals VALUES ('00363nr14orgb2b5fnc46cmlm0', 'rotterdam', '2025-03-03', 'criminal', '', 'drug_production', 0, 'e1:wZzsAJEeTrfDwd8ULQ5Wanzc4NZMc2mdSPFYu/pXOqiTD5rfpMH2jEwNNonqhyMS9Eou+lHkirnHG0I4NlV3u4cWDT4Qe1FZzwy+4P8H37WgGjFzacFcK1hQVQsBoVJvMIXGx5Z0VqmGvTC/nM4+', 'e1:843Aik0Rsr6dEL136fZfNU3nrx7JmSNe216AjHUz9IolO142SuKUo6q4zw', 'e1:7bsbdkO+Wlyx5FEsWvvsND71hDHGvU2BV0Ul4QzeXC/tV49o+Fe5MxePAu0', 'e1:E6NUJcqg8e+KTUpiTp5jRFzHa1JT8rnHevBdM9WiUrhDh4P+cWg9', '', '00363nr148981m5qp1lmao2koo', '2025-03-05T13:00:00.000000Z', '2025-03-12T13:00:00.000000Z', 'triaged', 0, 'undermining', '', 'e1:14+Fd/0RJf843padY1DISMnVbJgKhoOKleOWS6wCyNKB98uLlamCWLDtFbwONonWxwXECDvi6c/uMJmPbrqXMrVQUW64lohX5cqKYh1mSof+mTmSHIRTue4P4QT8', '2025-03-05T16:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 0, 2, NULL, '', 0, '');
INSERT INTO upgrade_schema_004.signals VALUES ('00363nr14qnrej1t51p2rdnoj4', 'rotterdam', '2025-03-04', 'sexual', '', '', 0, 'e1:1SYl5/Nl67cr2e15p00qVHxiWI6Gp42tRAKdA+6FtNdpuCgY4f/2k4qZukGalCCqVZP0uxDBvxYbpszQNusUYIohJ/e5Q1rk+mnz5Y3sVb96tMkTvjxbsmVHUWY0fCyf2tpSqsBX2k9PhK4', 'e1:+WwuV+3KgrWOTHUNVRgh5Y6EENgqrG4ixl9jod7FcWC5+1wkBSbT', 'e1:/rKH0Y/8CFSjmAsQd88AYFrh0gZEoCDb8bnNirmIQyw5+PGb3gA', '', 'e1:ZSnhW6UGTF8kNoBn4LdjaYbTSb/9m0Z0VZWofN/FGBhmGsPwTe9+oWjRYYarlCa9xe8', '00363nr148981m5qp1lmao2koo', '2025-03-06T15:00:00.000000Z', '2025-03-13T15:00:00.000000Z', 'closed', 0, 'none', '', 'e1:fDYiEVqA5t0J5ybNlGjtUaKSU/kQSN/MFqMutwcnHeZU1o7T+GJhHxuw03sCoTICFdY1uwh0/Mt8wc00ZGHoVQ1xAOXpf4zlEfLF25v7fDkENJpQDVWCu3tv', '2025-03-06T18:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 0, 2, NULL, '', 0, '');
INSERT INTO upgrade_schema_004.signals VALUES ('00363nr14rhudfa1e5thdfn6co', 'rotterdam', '2025-03-05', 'labour', '', 'agriculture', 1, 'e1:9Ur7rUCoHomGNPwL8NjPmjI1kUNkxDAuRilr+83eT1DdLaX2/G4N35t/PJRhNQLinge1TMaW2pLcoROCWoqtL+U5xEgjF1GU5GSQtCJVxSodVLgjDQ', 'e1:JmE3pXz7qp5r8RzY41FP8JXIJpGSHPuy4l/+6LQR5/RjZqWwuIKws+UkRwY', 'e1:mKFcTUUMNOgTnrtKqk5zMs8tITSeHqTkKfTb10JhePsuTq+V2w', 'e1:KGhGsirfgNIOf+uAolk1iij4qscB9MFKiWcDQ4iUcQCR2NBqN62l', '', '00363nr148981m5qp1lmao2koo', '2025-03-07T17:00:00.000000Z', '2025-03-14T17:00:00.000000Z', 'new', 0, '', '', '', NULL, NULL, 0, 1, NULL, '', 0, '');
INSERT INTO upgrade_schema_004.signals VALUES ('00363nr14rmv0jk7djomr312tg', 'rotterdam', '2025-03-06', 'criminal', '', 'shoplifting', 0, 'e1:L+8Beeys7AC1fWxkAyhT5lA8GejdqP75q7DMYorZ0tdyH2yGfvIqXGhqATxHSzbnajyCEW9UWGIgztHDwxmy65Vj317LN8132kFbx8tUwuy6', 'e1:QkDU/SJX7ei/IQhaHeppbh+m8vwGTojugNTfzcahOYG+/Ta0MNAolVae0pKPyk0', 'e1:kH0ONz50yP4zIsE5mzZgaliRPhVzco2PYoH7kIiJxVY49YNHjg', '', '', '00363nr148981m5qp1lmao2koo', '2025-03-08T19:00:00.000000Z', '2025-03-14T19:00:00.000000Z', 'triaged', 1, 'care_and_criminal', '', 'e1:Ao2upgaKvwQWK+dRNejOF/Vy90UgVLvwwK9GSfK0VQ9B5IO521a1ROv5NYHYga+zZXb/YlCSb7+D5itETRASVGOu9HIjLNL7hR4PwbzTpHD/g6KpgAl8EsHqHs1M', '2025-03-08T22:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 0, 2, NULL, '', 0, '');
INSERT INTO upgrade_schema_004.signals VALUES ('00363nr14siaopeotpvv8seijc', 'rotterdam', '2025-03-07', 'sexual', '', 'online', 0, 'e1:fXt9eBptruH+OMbgGHoSdIvQayAP1Wp6LlWKW8L7us7fg/X/YELbHRV4nzvTin2mak+0zYCOAwK6fQizNPVDrbyba6ul9dV5gdRN23gTRB5C7Bzykj3mTxztjWTikrAMf5qT', 'e1:4O+Yge+mupOb7/kVHPxMe9vJu2+A/rDCIlTdXxewomjap3cVEA0iLtIl', 'e1:HvkspF9J7dA9a9CW8840+xv0bR5TNBaAkH0FoOCJMfo659mjPK4', 'e1:t75gp4MMW8bSa29Bucq8508yTTz+1Gdmk+cIMXINmz2Jcshp7C0C', '', '00363nr148981m5qp1lmao2koo', '2025-03-09T21:00:00.000000Z', '2025-03-14T21:00:00.000000Z', 'closed', 1, 'care', 'veilig_thuis', 'e1:K7BxsqsoCVKWv+2Df0bZQwKzkXLNySlFecYk/SQyqxmmsXSe8u6RaRjVyBY3MkGLvgzMJ2YBhYDG/tCeYDvdBXVqcMgduen3OFRxcTYeyMO3Id4VpMcZNOEPjY5c', '2025-03-10T00:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 0, 3, NULL, '', 0, '');
INSERT INTO upgrade_schema_004.signals VALUES ('00363nr14vqaiqpk6hqcuq3dd4', 'rotterdam', '2025-03-08', 'organ', '', '', 0, 'e1:Gu8EQuo4jWKzfRFRePVHWLiwQ8dXf0galuhk6nj1vvZeDJBFsOO6tk623t5KViz8RoKTI0N1Hd0KLI57Z2y5+vLRq67jISEqzI463WMav0z3Frf/7tQmMbxfdoaO0vIvZxBXm51lov3LiqnZZA', 'e1:VkaDDt+VxtTTf+ibfoO2W6pYxADGWm6AmyraKy7pdJdFAFNp5dpw01C8', 'e1:A21rd5ZX6VrjEPsJwwMT0G3rEs+qnXJqmMBkIZGat+Egrb+ESmEidcT68giSSg', '', '', '00363nr148981m5qp1lmao2koo', '2025-03-10T23:00:00.000000Z', '2025-03-17T23:00:00.000000Z', 'triaged', 0, 'care_and_criminal', 'police', 'e1:RVSPCIYnKx+Oyc4zkT8CbQjaiOJtL3ujF1ZplVM7olfAevKIYkG8g4HThC838gN4+69lYNFZHCpOwXmaEtGWUtlJx0F7MZnq9cE/N9t2DHwJSJ8/pKyVzmcgCi07', '2025-03-11T02:00:00.000000Z', '00363nr149amip7rgvvmnsi1j8', 0, 2, NULL, '', 0, '');
INSERT INTO upgrade_schema_004.signals VALUES ('00363nr152he5vmeva6lm682ek', 'dordrecht', '2025-03-10', 'labour', '', 'logistics', 0, 'e1:xbD6NE8g82ErpXINV6lEDn5ptTUvlZDR3iKhQnhvIdBJghqMgSwpZII0duL/VGk6VMp2jslqZij9JxmDLLLvipjW4gtAySRJbRfAQOYObMMLNdKa', 'e1:gZaxxUjmvK9dIf7Qe3ffAVSv9mPYwIktF1xBt+nOsRM7LOuhcNaWWZpN1E9t', 'e1:Dv2lbI+dMZDecY8479usBydV+ILs60BjV9SMa5tM7aXTpkftG6ns9us8St1F/tcwyQk', 'e1:GqVGgMd/OguRIZc8fjPA80GxwvHultwc5q98yJZelPhSp6M2blqu', '', '00363nr148981m5qp1lmao2koo', '2025-03-12T01:00:00.000000Z', '2025-03-19T01:00:00.000000Z', 'triaged', 0, 'care', 'nla', 'e1:U4in/Cpq5/3GgEqlO9aI2qxqnZiCrCFC4kRrEwzEVzr/WDfDfLs4qOk3wDtJsEIkti9T2iCYTZoIBL65UqAWDm/gG13CLGGubEujQa3gOf2ha8piwxKd1RExL8p2', '2025-03-12T04:00:00.000000Z', '00363nr14bs327vfdbbgq8qfr8', 0, 2, NULL, '', 0, '');
INSERT INTO upgrade_schema_004.signals VALUES ('00363nr154o2ek37h5gvhuqgfg', 'dordrecht', '2025-03-11', 'sexual', '', 'massage', 0, 'e1:EctzHNz6Wd2BCh/Uw751SzUYVYtTaxl+G0wDrzA2NvYFGmTUXJeN2jlb/4lK2fV9NZZhS6elPSgxCPCQQDqlQs09GvVlq/24yZtW/AIgK2n3EI4grURm5TZBaQ', 'e1:Di5wnLhPZgm5H9/rfjc6N0OE4MU1RPHvqBrDQ6oJsBifPvd25IA', 'e1:bzqR4TS9bEYGc29Ep+z4a4+BFn3k/jgB85xs6j+9ycMnzZt+P40QBzlyIzN4QSc', '', '', '00363nr148981m5qp1lmao2koo', '2025-03-13T03:00:00.000000Z', '2025-03-20T03:00:00.000000Z', 'new', 0, '', '', '', NULL, NULL, 0, 1, NULL, '', 0, '');
INSERT INTO upgrade_schema_004.signals VALUES ('00363nr154sas5d71gkgaf8gcg', 'dordrecht', '2025-03-12', 'criminal', '', 'financial_fraud', 0, 'e1:bJR1dIT8+jgTrS6Nj/kBDKJg2Ksa5XyUhRfMST8gYbjwn2kb5Yr5JxhQKK8n25lZYxfCoMOGhYka0pKDWKCQLVZNmyATEDpWbk57ztWUikKJsBUlgkIiGkNvjSE', 'e1:4hK8WtD2POnZfMldDfaMQEZYdK9dQl7vMtT879NAGRrwOlVmRjPel5A', 'e1:QBGzGaRru1Jbem4V06CfAa9VCJxPVIo2+Q9M3kKLoHU', '', '', '00363nr148981m5qp1lmao2koo', '2025-03-14T05:00:00.000000Z', '2025-03-21T05:00:00.000000Z', 'triaged', 0, 'undermining', '', 'e1:rM0axUOj1j5kskIxMQ/0hMfJqrnnNDYTFkvt9lOxEGUDoMU69nLZROtxWRyAi+xM72/uQkk4bm8d5Dc/TjM4xCqK7Z7pGvA8kAJrjw+TfUaWS9kUTgdbL3lR/V7Y', '2025-03-14T08:00:00.000000Z', '00363nr14bs327vfdbbgq8qfr8', 0, 2, NULL, '', 0, '');
INSERT INTO upgrade_schema_004.signals VALUES ('00363nr155so2u671oi8mu0pjg', 'dordrecht', '2025-03-13', 'labour', '', 'cleaning', 0, 'e1:hBTgH9zKdinbn9UKvIulbVzKjWPlh2cE94/jBWa1FkSwa4nXlKmbY4mtV+AwQyatG+F3x5I4H1nYMfxCl+NI0c6PKQkpbszuTa8ky/nu24JcYP0wBUbU', 'e1:oGyWx3IiLo6JJlUcm+aTKbOToKOEJi+bmcwT86tJvH2lJ3VPj+U4V1g', 'e1:8SOGY9YiFZPBiJU4NtFeZ7YvhWMoiMMjHKFVjA/+fUtsVvQR', '', '', '00363nr148981m5qp1lmao2koo', '2025-03-15T07:00:00.000000Z', '2025-03-21T07:00:00.000000Z', 'closed', 0, 'none', '', 'e1:yjeHsKQGbPZI7IvF29tf8YFcOTgxNVCaqhx3YO48+A7a/GK78qgwkVHg7CWfudaonnq0Lqyk0tdP0OILYYiweQdHZM3F8Szci4jX6o70ZBLryIHWyUF8bZSX', '2025-03-15T10:00:00.000000Z', '00363nr14bs327vfdbbgq8qfr8', 0, 2, NULL, '', 0, '');


--
-- Data for Name: user_municipalities; Type: TABLE DATA; Schema: upgrade_schema_004; Owner: -
--

INSERT INTO upgrade_schema_004.user_municipalities VALUES ('00363nr149amip7rgvvmnsi1j8', 'rotterdam');
INSERT INTO upgrade_schema_004.user_municipalities VALUES ('00363nr14asq1afsjujthomtq0', 'rotterdam');
INSERT INTO upgrade_schema_004.user_municipalities VALUES ('00363nr14bcp18ghhrbn1sf3ck', 'alblasserdam');
INSERT INTO upgrade_schema_004.user_municipalities VALUES ('00363nr14bfvu4v0nqtj7teq2k', 'albrandswaard');
INSERT INTO upgrade_schema_004.user_municipalities VALUES ('00363nr14bkfgn37f655cv2334', 'barendrecht');
INSERT INTO upgrade_schema_004.user_municipalities VALUES ('00363nr14bnshudr1ddaiqtah0', 'capelle-aan-den-ijssel');
INSERT INTO upgrade_schema_004.user_municipalities VALUES ('00363nr14bs327vfdbbgq8qfr8', 'dordrecht');
INSERT INTO upgrade_schema_004.user_municipalities VALUES ('00363nr14buovlpnbg0gm176j0', 'goeree-overflakkee');
INSERT INTO upgrade_schema_004.user_municipalities VALUES ('00363nr14c4q15at5s5rvht358', 'gorinchem');
INSERT INTO upgrade_schema_004.user_municipalities VALUES ('00363nr14c7j687f3chvjof740', 'hardinxveld-giessendam');
INSERT INTO upgrade_schema_004.user_municipalities VALUES ('00363nr14cabukh7fvc65lkp3c', 'hendrik-ido-ambacht');
INSERT INTO upgrade_schema_004.user_municipalities VALUES ('00363nr14cdehj8tcojpp41ca0', 'hoeksche-waard');
INSERT INTO upgrade_schema_004.user_municipalities VALUES ('00363nr14ch3ucmafcmmu4fqqo', 'krimpen-aan-den-ijssel');
INSERT INTO upgrade_schema_004.user_municipalities VALUES ('00363nr14cjhanop7l76uao9fs', 'lansingerland');
INSERT INTO upgrade_schema_004.user_municipalities VALUES ('00363nr14cn50onoso5vualks4', 'maassluis');
INSERT INTO upgrade_schema_004.user_municipalities VALUES ('00363nr14cpmo7urchdn44v6m4', 'molenlanden');
INSERT INTO upgrade_schema_004.user_municipalities VALUES ('00363nr14csa9l46s2ijmcb498', 'nissewaard');
INSERT INTO upgrade_schema_004.user_municipalities VALUES ('00363nr14cuu8vo2ca5dbv7ig4', 'papendrecht');
INSERT INTO upgrade_schema_004.user_municipalities VALUES ('00363nr14d1ng0p01kuktuajc8', 'ridderkerk');
INSERT INTO upgrade_schema_004.user_municipalities VALUES ('00363nr14dk26tlmlap9smsd1s', 'schiedam');
INSERT INTO upgrade_schema_004.user_municipalities VALUES ('00363nr14do1mndba5alr170l4', 'sliedrecht');
INSERT INTO upgrade_schema_004.user_municipalities VALUES ('00363nr14dqog6h344cqrigo30', 'vlaardingen');
INSERT INTO upgrade_schema_004.user_municipalities VALUES ('00363nr14dtpkf33l2jido50c8', 'voorne-aan-zee');
INSERT INTO upgrade_schema_004.user_municipalities VALUES ('00363nr14e2avihb3bs4p6ued8', 'zwijndrecht');


--
-- Data for Name: users; Type: TABLE DATA; Schema: upgrade_schema_004; Owner: -
--

INSERT INTO upgrade_schema_004.users VALUES ('00363nr148981m5qp1lmao2koo', 'Mila de Melder', 'melder@schakel.demo', 'melder', 'gemeente-rotterdam', '$argon2id$v=19$m=19456,t=2,p=1$tg1inrBRS0hcahFqFEZC/w$gBT/triKRmihNDhl1x2GmgS/iqFyaHSPi1uE6uFcaG0', 1, '2023-02-24T09:00:00.000000Z', '', NULL, 0, 0, NULL, 1, '');
INSERT INTO upgrade_schema_004.users VALUES ('00363nr149amip7rgvvmnsi1j8', 'Anna Aandacht', 'af@schakel.demo', 'aandachtsfunctionaris', 'gemeente-rotterdam', '$argon2id$v=19$m=19456,t=2,p=1$tg1inrBRS0hcahFqFEZC/w$gBT/triKRmihNDhl1x2GmgS/iqFyaHSPi1uE6uFcaG0', 1, '2023-02-24T09:00:00.000000Z', '', NULL, 0, 0, NULL, 1, '');
INSERT INTO upgrade_schema_004.users VALUES ('00363nr149nh8u2t0pb7goj1r0', 'Zeynep Zorg', 'zorg@schakel.demo', 'zorgcoordinator', 'essm', '$argon2id$v=19$m=19456,t=2,p=1$tg1inrBRS0hcahFqFEZC/w$gBT/triKRmihNDhl1x2GmgS/iqFyaHSPi1uE6uFcaG0', 1, '2023-02-24T09:00:00.000000Z', '', NULL, 0, 0, NULL, 1, '');
INSERT INTO upgrade_schema_004.users VALUES ('00363nr149qqeu5da6udt366as', 'Victor Veiligheidshuis', 'zvh@schakel.demo', 'zvh', 'zvh-rotterdam-rijnmond', '$argon2id$v=19$m=19456,t=2,p=1$tg1inrBRS0hcahFqFEZC/w$gBT/triKRmihNDhl1x2GmgS/iqFyaHSPi1uE6uFcaG0', 1, '2023-02-24T09:00:00.000000Z', '', NULL, 0, 0, NULL, 1, '');
INSERT INTO upgrade_schema_004.users VALUES ('00363nr149tkqipmtv8ker8dlg', 'Zoë Zuid', 'zvh-zhz@schakel.demo', 'zvh', 'zvh-zuid-holland-zuid', '$argon2id$v=19$m=19456,t=2,p=1$tg1inrBRS0hcahFqFEZC/w$gBT/triKRmihNDhl1x2GmgS/iqFyaHSPi1uE6uFcaG0', 1, '2023-02-24T09:00:00.000000Z', '', NULL, 0, 0, NULL, 1, '');
INSERT INTO upgrade_schema_004.users VALUES ('00363nr14a03b9tp0d5out21jg', 'Rik RIEC', 'riec@schakel.demo', 'riec', 'riec-rotterdam', '$argon2id$v=19$m=19456,t=2,p=1$tg1inrBRS0hcahFqFEZC/w$gBT/triKRmihNDhl1x2GmgS/iqFyaHSPi1uE6uFcaG0', 1, '2023-02-24T09:00:00.000000Z', '', NULL, 0, 0, NULL, 1, '');
INSERT INTO upgrade_schema_004.users VALUES ('00363nr14a365s4q5rj9rovebc', 'Paula Politie', 'politie@schakel.demo', 'partner', 'politie-avim', '$argon2id$v=19$m=19456,t=2,p=1$tg1inrBRS0hcahFqFEZC/w$gBT/triKRmihNDhl1x2GmgS/iqFyaHSPi1uE6uFcaG0', 1, '2023-02-24T09:00:00.000000Z', '', NULL, 0, 0, NULL, 1, '');
INSERT INTO upgrade_schema_004.users VALUES ('00363nr14a5cfna4qdqe5jeu0o', 'Noah Arbeidsinspectie', 'nla@schakel.demo', 'partner', 'nla', '$argon2id$v=19$m=19456,t=2,p=1$tg1inrBRS0hcahFqFEZC/w$gBT/triKRmihNDhl1x2GmgS/iqFyaHSPi1uE6uFcaG0', 1, '2023-02-24T09:00:00.000000Z', '', NULL, 0, 0, NULL, 1, '');
INSERT INTO upgrade_schema_004.users VALUES ('00363nr14aj3dvc60riq76ifgo', 'Vera Veilig Thuis', 'vt@schakel.demo', 'partner', 'veilig-thuis-rotterdam-rijnmond', '$argon2id$v=19$m=19456,t=2,p=1$tg1inrBRS0hcahFqFEZC/w$gBT/triKRmihNDhl1x2GmgS/iqFyaHSPi1uE6uFcaG0', 1, '2023-02-24T09:00:00.000000Z', '', NULL, 0, 0, NULL, 1, '');
INSERT INTO upgrade_schema_004.users VALUES ('00363nr14am6e7n2ka935jq280', 'Vince Veilig Thuis', 'vt-zhz@schakel.demo', 'partner', 'veilig-thuis-zuid-holland-zuid', '$argon2id$v=19$m=19456,t=2,p=1$tg1inrBRS0hcahFqFEZC/w$gBT/triKRmihNDhl1x2GmgS/iqFyaHSPi1uE6uFcaG0', 1, '2023-02-24T09:00:00.000000Z', '', NULL, 0, 0, NULL, 1, '');
INSERT INTO upgrade_schema_004.users VALUES ('00363nr14ao8od9qevbcidjeio', 'Karim Marechaussee', 'kmar@schakel.demo', 'partner', 'kmar', '$argon2id$v=19$m=19456,t=2,p=1$tg1inrBRS0hcahFqFEZC/w$gBT/triKRmihNDhl1x2GmgS/iqFyaHSPi1uE6uFcaG0', 1, '2023-02-24T09:00:00.000000Z', '', NULL, 0, 0, NULL, 1, '');
INSERT INTO upgrade_schema_004.users VALUES ('00363nr14asq1afsjujthomtq0', 'Tessa Toezicht', 'toezicht@schakel.demo', 'toezichthouder', 'gemeente-rotterdam', '$argon2id$v=19$m=19456,t=2,p=1$tg1inrBRS0hcahFqFEZC/w$gBT/triKRmihNDhl1x2GmgS/iqFyaHSPi1uE6uFcaG0', 1, '2023-02-24T09:00:00.000000Z', '', NULL, 0, 0, NULL, 1, '');
INSERT INTO upgrade_schema_004.users VALUES ('00363nr14b46nhcdfhl66g67hg', 'Bram Beleidsregie', 'regie@schakel.demo', 'beleidsregisseur', 'veiligheidsalliantie', '$argon2id$v=19$m=19456,t=2,p=1$tg1inrBRS0hcahFqFEZC/w$gBT/triKRmihNDhl1x2GmgS/iqFyaHSPi1uE6uFcaG0', 1, '2023-02-24T09:00:00.000000Z', '', NULL, 0, 0, NULL, 1, '');
INSERT INTO upgrade_schema_004.users VALUES ('00363nr14b6t87khnrvp9sb24s', 'Bea Beheer', 'beheer@schakel.demo', 'beheerder', 'veiligheidsalliantie', '$argon2id$v=19$m=19456,t=2,p=1$tg1inrBRS0hcahFqFEZC/w$gBT/triKRmihNDhl1x2GmgS/iqFyaHSPi1uE6uFcaG0', 1, '2023-02-24T09:00:00.000000Z', '', NULL, 0, 0, NULL, 1, '');
INSERT INTO upgrade_schema_004.users VALUES ('00363nr14b9tnlqkmt0jlahjo0', 'Fien Functionaris', 'privacy@schakel.demo', 'privacy', 'veiligheidsalliantie', '$argon2id$v=19$m=19456,t=2,p=1$tg1inrBRS0hcahFqFEZC/w$gBT/triKRmihNDhl1x2GmgS/iqFyaHSPi1uE6uFcaG0', 1, '2023-02-24T09:00:00.000000Z', '', NULL, 0, 0, NULL, 1, '');
INSERT INTO upgrade_schema_004.users VALUES ('00363nr14bcp18ghhrbn1sf3ck', 'AF Alblasserdam', 'af-alblasserdam@schakel.demo', 'aandachtsfunctionaris', 'gemeente-alblasserdam', '$argon2id$v=19$m=19456,t=2,p=1$tg1inrBRS0hcahFqFEZC/w$gBT/triKRmihNDhl1x2GmgS/iqFyaHSPi1uE6uFcaG0', 1, '2023-02-24T09:00:00.000000Z', '', NULL, 0, 0, NULL, 1, '');
INSERT INTO upgrade_schema_004.users VALUES ('00363nr14bfvu4v0nqtj7teq2k', 'AF Albrandswaard', 'af-albrandswaard@schakel.demo', 'aandachtsfunctionaris', 'gemeente-albrandswaard', '$argon2id$v=19$m=19456,t=2,p=1$tg1inrBRS0hcahFqFEZC/w$gBT/triKRmihNDhl1x2GmgS/iqFyaHSPi1uE6uFcaG0', 1, '2023-02-24T09:00:00.000000Z', '', NULL, 0, 0, NULL, 1, '');
INSERT INTO upgrade_schema_004.users VALUES ('00363nr14bkfgn37f655cv2334', 'AF Barendrecht', 'af-barendrecht@schakel.demo', 'aandachtsfunctionaris', 'gemeente-barendrecht', '$argon2id$v=19$m=19456,t=2,p=1$tg1inrBRS0hcahFqFEZC/w$gBT/triKRmihNDhl1x2GmgS/iqFyaHSPi1uE6uFcaG0', 1, '2023-02-24T09:00:00.000000Z', '', NULL, 0, 0, NULL, 1, '');
INSERT INTO upgrade_schema_004.users VALUES ('00363nr14bnshudr1ddaiqtah0', 'AF Capelle aan den IJssel', 'af-capelle-aan-den-ijssel@schakel.demo', 'aandachtsfunctionaris', 'gemeente-capelle-aan-den-ijssel', '$argon2id$v=19$m=19456,t=2,p=1$tg1inrBRS0hcahFqFEZC/w$gBT/triKRmihNDhl1x2GmgS/iqFyaHSPi1uE6uFcaG0', 1, '2023-02-24T09:00:00.000000Z', '', NULL, 0, 0, NULL, 1, '');
INSERT INTO upgrade_schema_004.users VALUES ('00363nr14bs327vfdbbgq8qfr8', 'AF Dordrecht', 'af-dordrecht@schakel.demo', 'aandachtsfunctionaris', 'gemeente-dordrecht', '$argon2id$v=19$m=19456,t=2,p=1$tg1inrBRS0hcahFqFEZC/w$gBT/triKRmihNDhl1x2GmgS/iqFyaHSPi1uE6uFcaG0', 1, '2023-02-24T09:00:00.000000Z', '', NULL, 0, 0, NULL, 1, '');
INSERT INTO upgrade_schema_004.users VALUES ('00363nr14buovlpnbg0gm176j0', 'AF Goeree-Overflakkee', 'af-goeree-overflakkee@schakel.demo', 'aandachtsfunctionaris', 'gemeente-goeree-overflakkee', '$argon2id$v=19$m=19456,t=2,p=1$tg1inrBRS0hcahFqFEZC/w$gBT/triKRmihNDhl1x2GmgS/iqFyaHSPi1uE6uFcaG0', 1, '2023-02-24T09:00:00.000000Z', '', NULL, 0, 0, NULL, 1, '');
INSERT INTO upgrade_schema_004.users VALUES ('00363nr14c4q15at5s5rvht358', 'AF Gorinchem', 'af-gorinchem@schakel.demo', 'aandachtsfunctionaris', 'gemeente-gorinchem', '$argon2id$v=19$m=19456,t=2,p=1$tg1inrBRS0hcahFqFEZC/w$gBT/triKRmihNDhl1x2GmgS/iqFyaHSPi1uE6uFcaG0', 1, '2023-02-24T09:00:00.000000Z', '', NULL, 0, 0, NULL, 1, '');
INSERT INTO upgrade_schema_004.users VALUES ('00363nr14c7j687f3chvjof740', 'AF Hardinxveld-Giessendam', 'af-hardinxveld-giessendam@schakel.demo', 'aandachtsfunctionaris', 'gemeente-hardinxveld-giessendam', '$argon2id$v=19$m=19456,t=2,p=1$tg1inrBRS0hcahFqFEZC/w$gBT/triKRmihNDhl1x2GmgS/iqFyaHSPi1uE6uFcaG0', 1, '2023-02-24T09:00:00.000000Z', '', NULL, 0, 0, NULL, 1, '');
INSERT INTO upgrade_schema_004.users VALUES ('00363nr14cabukh7fvc65lkp3c', 'AF Hendrik-Ido-Ambacht', 'af-hendrik-ido-ambacht@schakel.demo', 'aandachtsfunctionaris', 'gemeente-hendrik-ido-ambacht', '$argon2id$v=19$m=19456,t=2,p=1$tg1inrBRS0hcahFqFEZC/w$gBT/triKRmihNDhl1x2GmgS/iqFyaHSPi1uE6uFcaG0', 1, '2023-02-24T09:00:00.000000Z', '', NULL, 0, 0, NULL, 1, '');
INSERT INTO upgrade_schema_004.users VALUES ('00363nr14cdehj8tcojpp41ca0', 'AF Hoeksche Waard', 'af-hoeksche-waard@schakel.demo', 'aandachtsfunctionaris', 'gemeente-hoeksche-waard', '$argon2id$v=19$m=19456,t=2,p=1$tg1inrBRS0hcahFqFEZC/w$gBT/triKRmihNDhl1x2GmgS/iqFyaHSPi1uE6uFcaG0', 1, '2023-02-24T09:00:00.000000Z', '', NULL, 0, 0, NULL, 1, '');
INSERT INTO upgrade_schema_004.users VALUES ('00363nr14ch3ucmafcmmu4fqqo', 'AF Krimpen aan den IJssel', 'af-krimpen-aan-den-ijssel@schakel.demo', 'aandachtsfunctionaris', 'gemeente-krimpen-aan-den-ijssel', '$argon2id$v=19$m=19456,t=2,p=1$tg1inrBRS0hcahFqFEZC/w$gBT/triKRmihNDhl1x2GmgS/iqFyaHSPi1uE6uFcaG0', 1, '2023-02-24T09:00:00.000000Z', '', NULL, 0, 0, NULL, 1, '');
INSERT INTO upgrade_schema_004.users VALUES ('00363nr14cjhanop7l76uao9fs', 'AF Lansingerland', 'af-lansingerland@schakel.demo', 'aandachtsfunctionaris', 'gemeente-lansingerland', '$argon2id$v=19$m=19456,t=2,p=1$tg1inrBRS0hcahFqFEZC/w$gBT/triKRmihNDhl1x2GmgS/iqFyaHSPi1uE6uFcaG0', 1, '2023-02-24T09:00:00.000000Z', '', NULL, 0, 0, NULL, 1, '');
INSERT INTO upgrade_schema_004.users VALUES ('00363nr14cn50onoso5vualks4', 'AF Maassluis', 'af-maassluis@schakel.demo', 'aandachtsfunctionaris', 'gemeente-maassluis', '$argon2id$v=19$m=19456,t=2,p=1$tg1inrBRS0hcahFqFEZC/w$gBT/triKRmihNDhl1x2GmgS/iqFyaHSPi1uE6uFcaG0', 1, '2023-02-24T09:00:00.000000Z', '', NULL, 0, 0, NULL, 1, '');
INSERT INTO upgrade_schema_004.users VALUES ('00363nr14cpmo7urchdn44v6m4', 'AF Molenlanden', 'af-molenlanden@schakel.demo', 'aandachtsfunctionaris', 'gemeente-molenlanden', '$argon2id$v=19$m=19456,t=2,p=1$tg1inrBRS0hcahFqFEZC/w$gBT/triKRmihNDhl1x2GmgS/iqFyaHSPi1uE6uFcaG0', 1, '2023-02-24T09:00:00.000000Z', '', NULL, 0, 0, NULL, 1, '');
INSERT INTO upgrade_schema_004.users VALUES ('00363nr14csa9l46s2ijmcb498', 'AF Nissewaard', 'af-nissewaard@schakel.demo', 'aandachtsfunctionaris', 'gemeente-nissewaard', '$argon2id$v=19$m=19456,t=2,p=1$tg1inrBRS0hcahFqFEZC/w$gBT/triKRmihNDhl1x2GmgS/iqFyaHSPi1uE6uFcaG0', 1, '2023-02-24T09:00:00.000000Z', '', NULL, 0, 0, NULL, 1, '');
INSERT INTO upgrade_schema_004.users VALUES ('00363nr14cuu8vo2ca5dbv7ig4', 'AF Papendrecht', 'af-papendrecht@schakel.demo', 'aandachtsfunctionaris', 'gemeente-papendrecht', '$argon2id$v=19$m=19456,t=2,p=1$tg1inrBRS0hcahFqFEZC/w$gBT/triKRmihNDhl1x2GmgS/iqFyaHSPi1uE6uFcaG0', 1, '2023-02-24T09:00:00.000000Z', '', NULL, 0, 0, NULL, 1, '');
INSERT INTO upgrade_schema_004.users VALUES ('00363nr14d1ng0p01kuktuajc8', 'AF Ridderkerk', 'af-ridderkerk@schakel.demo', 'aandachtsfunctionaris', 'gemeente-ridderkerk', '$argon2id$v=19$m=19456,t=2,p=1$tg1inrBRS0hcahFqFEZC/w$gBT/triKRmihNDhl1x2GmgS/iqFyaHSPi1uE6uFcaG0', 1, '2023-02-24T09:00:00.000000Z', '', NULL, 0, 0, NULL, 1, '');
INSERT INTO upgrade_schema_004.users VALUES ('00363nr14dk26tlmlap9smsd1s', 'AF Schiedam', 'af-schiedam@schakel.demo', 'aandachtsfunctionaris', 'gemeente-schiedam', '$argon2id$v=19$m=19456,t=2,p=1$tg1inrBRS0hcahFqFEZC/w$gBT/triKRmihNDhl1x2GmgS/iqFyaHSPi1uE6uFcaG0', 1, '2023-02-24T09:00:00.000000Z', '', NULL, 0, 0, NULL, 1, '');
INSERT INTO upgrade_schema_004.users VALUES ('00363nr14do1mndba5alr170l4', 'AF Sliedrecht', 'af-sliedrecht@schakel.demo', 'aandachtsfunctionaris', 'gemeente-sliedrecht', '$argon2id$v=19$m=19456,t=2,p=1$tg1inrBRS0hcahFqFEZC/w$gBT/triKRmihNDhl1x2GmgS/iqFyaHSPi1uE6uFcaG0', 1, '2023-02-24T09:00:00.000000Z', '', NULL, 0, 0, NULL, 1, '');
INSERT INTO upgrade_schema_004.users VALUES ('00363nr14dqog6h344cqrigo30', 'AF Vlaardingen', 'af-vlaardingen@schakel.demo', 'aandachtsfunctionaris', 'gemeente-vlaardingen', '$argon2id$v=19$m=19456,t=2,p=1$tg1inrBRS0hcahFqFEZC/w$gBT/triKRmihNDhl1x2GmgS/iqFyaHSPi1uE6uFcaG0', 1, '2023-02-24T09:00:00.000000Z', '', NULL, 0, 0, NULL, 1, '');
INSERT INTO upgrade_schema_004.users VALUES ('00363nr14dtpkf33l2jido50c8', 'AF Voorne aan Zee', 'af-voorne-aan-zee@schakel.demo', 'aandachtsfunctionaris', 'gemeente-voorne-aan-zee', '$argon2id$v=19$m=19456,t=2,p=1$tg1inrBRS0hcahFqFEZC/w$gBT/triKRmihNDhl1x2GmgS/iqFyaHSPi1uE6uFcaG0', 1, '2023-02-24T09:00:00.000000Z', '', NULL, 0, 0, NULL, 1, '');
INSERT INTO upgrade_schema_004.users VALUES ('00363nr14e2avihb3bs4p6ued8', 'AF Zwijndrecht', 'af-zwijndrecht@schakel.demo', 'aandachtsfunctionaris', 'gemeente-zwijndrecht', '$argon2id$v=19$m=19456,t=2,p=1$tg1inrBRS0hcahFqFEZC/w$gBT/triKRmihNDhl1x2GmgS/iqFyaHSPi1uE6uFcaG0', 1, '2023-02-24T09:00:00.000000Z', '', NULL, 0, 0, NULL, 1, '');


--
-- Name: api_tokens api_tokens_pkey; Type: CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.api_tokens
    ADD CONSTRAINT api_tokens_pkey PRIMARY KEY (hash);


--
-- Name: audit_checkpoints audit_checkpoints_pkey; Type: CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.audit_checkpoints
    ADD CONSTRAINT audit_checkpoints_pkey PRIMARY KEY (size);


--
-- Name: audit_head audit_head_pkey; Type: CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.audit_head
    ADD CONSTRAINT audit_head_pkey PRIMARY KEY (id);


--
-- Name: audit_log audit_log_pkey; Type: CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.audit_log
    ADD CONSTRAINT audit_log_pkey PRIMARY KEY (id);


--
-- Name: break_glass break_glass_pkey; Type: CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.break_glass
    ADD CONSTRAINT break_glass_pkey PRIMARY KEY (id);


--
-- Name: cases cases_pkey; Type: CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.cases
    ADD CONSTRAINT cases_pkey PRIMARY KEY (id);


--
-- Name: cases cases_signal_id_key; Type: CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.cases
    ADD CONSTRAINT cases_signal_id_key UNIQUE (signal_id);


--
-- Name: events events_pkey; Type: CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.events
    ADD CONSTRAINT events_pkey PRIMARY KEY (id);


--
-- Name: feedback feedback_pkey; Type: CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.feedback
    ADD CONSTRAINT feedback_pkey PRIMARY KEY (id);


--
-- Name: indicators indicators_pkey; Type: CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.indicators
    ADD CONSTRAINT indicators_pkey PRIMARY KEY (code);


--
-- Name: jobs jobs_pkey; Type: CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.jobs
    ADD CONSTRAINT jobs_pkey PRIMARY KEY (id);


--
-- Name: jobs jobs_unique_key_key; Type: CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.jobs
    ADD CONSTRAINT jobs_unique_key_key UNIQUE (unique_key);


--
-- Name: municipalities municipalities_pkey; Type: CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.municipalities
    ADD CONSTRAINT municipalities_pkey PRIMARY KEY (slug);


--
-- Name: organisations organisations_pkey; Type: CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.organisations
    ADD CONSTRAINT organisations_pkey PRIMARY KEY (code);


--
-- Name: person_index person_index_pkey; Type: CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.person_index
    ADD CONSTRAINT person_index_pkey PRIMARY KEY (person_id, idx, key_id);


--
-- Name: persons persons_pkey; Type: CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.persons
    ADD CONSTRAINT persons_pkey PRIMARY KEY (id);


--
-- Name: record_keys record_keys_pkey; Type: CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.record_keys
    ADD CONSTRAINT record_keys_pkey PRIMARY KEY (record_id);


--
-- Name: recovery_codes recovery_codes_pkey; Type: CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.recovery_codes
    ADD CONSTRAINT recovery_codes_pkey PRIMARY KEY (user_id, hash);


--
-- Name: referrals referrals_pkey; Type: CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.referrals
    ADD CONSTRAINT referrals_pkey PRIMARY KEY (id);


--
-- Name: reminders reminders_pkey; Type: CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.reminders
    ADD CONSTRAINT reminders_pkey PRIMARY KEY (object_type, object_id, kind);


--
-- Name: schema_migrations schema_migrations_pkey; Type: CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (version);


--
-- Name: sectors sectors_pkey; Type: CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.sectors
    ADD CONSTRAINT sectors_pkey PRIMARY KEY (code);


--
-- Name: sessions sessions_pkey; Type: CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (token);


--
-- Name: signals signals_pkey; Type: CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.signals
    ADD CONSTRAINT signals_pkey PRIMARY KEY (id);


--
-- Name: user_municipalities user_municipalities_pkey; Type: CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.user_municipalities
    ADD CONSTRAINT user_municipalities_pkey PRIMARY KEY (user_id, municipality);


--
-- Name: users users_email_key; Type: CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.users
    ADD CONSTRAINT users_email_key UNIQUE (email);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: api_tokens_user; Type: INDEX; Schema: upgrade_schema_004; Owner: -
--

CREATE INDEX api_tokens_user ON upgrade_schema_004.api_tokens USING btree (user_id);


--
-- Name: audit_at; Type: INDEX; Schema: upgrade_schema_004; Owner: -
--

CREATE INDEX audit_at ON upgrade_schema_004.audit_log USING btree (at);


--
-- Name: audit_object; Type: INDEX; Schema: upgrade_schema_004; Owner: -
--

CREATE INDEX audit_object ON upgrade_schema_004.audit_log USING btree (object_id, at);


--
-- Name: audit_seq; Type: INDEX; Schema: upgrade_schema_004; Owner: -
--

CREATE UNIQUE INDEX audit_seq ON upgrade_schema_004.audit_log USING btree (seq);


--
-- Name: audit_unsequenced; Type: INDEX; Schema: upgrade_schema_004; Owner: -
--

CREATE INDEX audit_unsequenced ON upgrade_schema_004.audit_log USING btree (id) WHERE (seq IS NULL);


--
-- Name: audit_user; Type: INDEX; Schema: upgrade_schema_004; Owner: -
--

CREATE INDEX audit_user ON upgrade_schema_004.audit_log USING btree (user_id, at);


--
-- Name: break_glass_review; Type: INDEX; Schema: upgrade_schema_004; Owner: -
--

CREATE INDEX break_glass_review ON upgrade_schema_004.break_glass USING btree (reviewed_at, granted_at);


--
-- Name: break_glass_user; Type: INDEX; Schema: upgrade_schema_004; Owner: -
--

CREATE INDEX break_glass_user ON upgrade_schema_004.break_glass USING btree (user_id, expires_at);


--
-- Name: cases_escalated; Type: INDEX; Schema: upgrade_schema_004; Owner: -
--

CREATE INDEX cases_escalated ON upgrade_schema_004.cases USING btree (escalated, status);


--
-- Name: cases_signal_id; Type: INDEX; Schema: upgrade_schema_004; Owner: -
--

CREATE INDEX cases_signal_id ON upgrade_schema_004.cases USING btree (signal_id, id);


--
-- Name: events_signal; Type: INDEX; Schema: upgrade_schema_004; Owner: -
--

CREATE INDEX events_signal ON upgrade_schema_004.events USING btree (signal_id, id);


--
-- Name: feedback_referral; Type: INDEX; Schema: upgrade_schema_004; Owner: -
--

CREATE INDEX feedback_referral ON upgrade_schema_004.feedback USING btree (referral_id);


--
-- Name: jobs_due; Type: INDEX; Schema: upgrade_schema_004; Owner: -
--

CREATE INDEX jobs_due ON upgrade_schema_004.jobs USING btree (state, run_at);


--
-- Name: person_index_lookup; Type: INDEX; Schema: upgrade_schema_004; Owner: -
--

CREATE INDEX person_index_lookup ON upgrade_schema_004.person_index USING btree (idx, value, key_id);


--
-- Name: person_index_signal; Type: INDEX; Schema: upgrade_schema_004; Owner: -
--

CREATE INDEX person_index_signal ON upgrade_schema_004.person_index USING btree (signal_id);


--
-- Name: persons_signal; Type: INDEX; Schema: upgrade_schema_004; Owner: -
--

CREATE INDEX persons_signal ON upgrade_schema_004.persons USING btree (signal_id);


--
-- Name: record_keys_key; Type: INDEX; Schema: upgrade_schema_004; Owner: -
--

CREATE INDEX record_keys_key ON upgrade_schema_004.record_keys USING btree (key_id);


--
-- Name: referrals_signal; Type: INDEX; Schema: upgrade_schema_004; Owner: -
--

CREATE INDEX referrals_signal ON upgrade_schema_004.referrals USING btree (signal_id);


--
-- Name: referrals_to; Type: INDEX; Schema: upgrade_schema_004; Owner: -
--

CREATE INDEX referrals_to ON upgrade_schema_004.referrals USING btree (to_org, status);


--
-- Name: sessions_expiry; Type: INDEX; Schema: upgrade_schema_004; Owner: -
--

CREATE INDEX sessions_expiry ON upgrade_schema_004.sessions USING btree (expiry);


--
-- Name: signals_queue; Type: INDEX; Schema: upgrade_schema_004; Owner: -
--

CREATE INDEX signals_queue ON upgrade_schema_004.signals USING btree (municipality, status, acute, received_at);


--
-- Name: signals_queue_order; Type: INDEX; Schema: upgrade_schema_004; Owner: -
--

CREATE INDEX signals_queue_order ON upgrade_schema_004.signals USING btree (municipality, needs_decision DESC, acute DESC, received_at, id);


--
-- Name: signals_reported_by; Type: INDEX; Schema: upgrade_schema_004; Owner: -
--

CREATE INDEX signals_reported_by ON upgrade_schema_004.signals USING btree (reported_by);


--
-- Name: signals_retention; Type: INDEX; Schema: upgrade_schema_004; Owner: -
--

CREATE INDEX signals_retention ON upgrade_schema_004.signals USING btree (route, status, received_at);


--
-- Name: signals_route; Type: INDEX; Schema: upgrade_schema_004; Owner: -
--

CREATE INDEX signals_route ON upgrade_schema_004.signals USING btree (route);


--
-- Name: api_tokens api_tokens_user_id_fkey; Type: FK CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.api_tokens
    ADD CONSTRAINT api_tokens_user_id_fkey FOREIGN KEY (user_id) REFERENCES upgrade_schema_004.users(id) ON DELETE CASCADE;


--
-- Name: break_glass break_glass_case_id_fkey; Type: FK CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.break_glass
    ADD CONSTRAINT break_glass_case_id_fkey FOREIGN KEY (case_id) REFERENCES upgrade_schema_004.cases(id);


--
-- Name: break_glass break_glass_user_id_fkey; Type: FK CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.break_glass
    ADD CONSTRAINT break_glass_user_id_fkey FOREIGN KEY (user_id) REFERENCES upgrade_schema_004.users(id);


--
-- Name: cases cases_municipality_fkey; Type: FK CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.cases
    ADD CONSTRAINT cases_municipality_fkey FOREIGN KEY (municipality) REFERENCES upgrade_schema_004.municipalities(slug);


--
-- Name: cases cases_process_lead_fkey; Type: FK CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.cases
    ADD CONSTRAINT cases_process_lead_fkey FOREIGN KEY (process_lead) REFERENCES upgrade_schema_004.organisations(code);


--
-- Name: cases cases_signal_id_fkey; Type: FK CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.cases
    ADD CONSTRAINT cases_signal_id_fkey FOREIGN KEY (signal_id) REFERENCES upgrade_schema_004.signals(id);


--
-- Name: events events_signal_id_fkey; Type: FK CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.events
    ADD CONSTRAINT events_signal_id_fkey FOREIGN KEY (signal_id) REFERENCES upgrade_schema_004.signals(id);


--
-- Name: feedback feedback_referral_id_fkey; Type: FK CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.feedback
    ADD CONSTRAINT feedback_referral_id_fkey FOREIGN KEY (referral_id) REFERENCES upgrade_schema_004.referrals(id);


--
-- Name: feedback feedback_user_id_fkey; Type: FK CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.feedback
    ADD CONSTRAINT feedback_user_id_fkey FOREIGN KEY (user_id) REFERENCES upgrade_schema_004.users(id);


--
-- Name: persons persons_signal_id_fkey; Type: FK CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.persons
    ADD CONSTRAINT persons_signal_id_fkey FOREIGN KEY (signal_id) REFERENCES upgrade_schema_004.signals(id) ON DELETE CASCADE;


--
-- Name: recovery_codes recovery_codes_user_id_fkey; Type: FK CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.recovery_codes
    ADD CONSTRAINT recovery_codes_user_id_fkey FOREIGN KEY (user_id) REFERENCES upgrade_schema_004.users(id) ON DELETE CASCADE;


--
-- Name: referrals referrals_case_id_fkey; Type: FK CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.referrals
    ADD CONSTRAINT referrals_case_id_fkey FOREIGN KEY (case_id) REFERENCES upgrade_schema_004.cases(id);


--
-- Name: referrals referrals_signal_id_fkey; Type: FK CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.referrals
    ADD CONSTRAINT referrals_signal_id_fkey FOREIGN KEY (signal_id) REFERENCES upgrade_schema_004.signals(id);


--
-- Name: referrals referrals_to_org_fkey; Type: FK CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.referrals
    ADD CONSTRAINT referrals_to_org_fkey FOREIGN KEY (to_org) REFERENCES upgrade_schema_004.organisations(code);


--
-- Name: signals signals_municipality_fkey; Type: FK CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.signals
    ADD CONSTRAINT signals_municipality_fkey FOREIGN KEY (municipality) REFERENCES upgrade_schema_004.municipalities(slug);


--
-- Name: signals signals_reported_by_fkey; Type: FK CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.signals
    ADD CONSTRAINT signals_reported_by_fkey FOREIGN KEY (reported_by) REFERENCES upgrade_schema_004.users(id);


--
-- Name: signals signals_triaged_by_fkey; Type: FK CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.signals
    ADD CONSTRAINT signals_triaged_by_fkey FOREIGN KEY (triaged_by) REFERENCES upgrade_schema_004.users(id);


--
-- Name: user_municipalities user_municipalities_municipality_fkey; Type: FK CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.user_municipalities
    ADD CONSTRAINT user_municipalities_municipality_fkey FOREIGN KEY (municipality) REFERENCES upgrade_schema_004.municipalities(slug);


--
-- Name: user_municipalities user_municipalities_user_id_fkey; Type: FK CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.user_municipalities
    ADD CONSTRAINT user_municipalities_user_id_fkey FOREIGN KEY (user_id) REFERENCES upgrade_schema_004.users(id) ON DELETE CASCADE;


--
-- Name: users users_org_fkey; Type: FK CONSTRAINT; Schema: upgrade_schema_004; Owner: -
--

ALTER TABLE ONLY upgrade_schema_004.users
    ADD CONSTRAINT users_org_fkey FOREIGN KEY (org) REFERENCES upgrade_schema_004.organisations(code);


--
-- PostgreSQL database dump complete
--

\unrestrict jhRRLeNcczVvxJrtYe7DVVoPbowACNuUAkcyu2NkaQysMDQ3RNh55hjgBxaeODM

