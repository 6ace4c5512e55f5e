--
-- PostgreSQL database dump
--

\restrict Qh1tSXUbz1qCZ2Km7V5hI9LuU6Rp9QdH5HmECOFedLxGHBW5lJTRQiWglJtndzj

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
-- Name: upgrade_schema_003; Type: SCHEMA; Schema: -; Owner: -
--

CREATE SCHEMA upgrade_schema_003;


SET default_tablespace = '';

SET default_table_access_method = heap;

--
-- Name: api_tokens; Type: TABLE; Schema: upgrade_schema_003; Owner: -
--

CREATE TABLE upgrade_schema_003.api_tokens (
    hash text NOT NULL,
    user_id text NOT NULL,
    created_at text NOT NULL,
    last_used_at text
);


--
-- Name: audit_log; Type: TABLE; Schema: upgrade_schema_003; Owner: -
--

CREATE TABLE upgrade_schema_003.audit_log (
    id text NOT NULL,
    at text NOT NULL,
    user_id text NOT NULL,
    role text NOT NULL,
    org text NOT NULL,
    action text NOT NULL,
    object_type text NOT NULL,
    object_id text NOT NULL,
    purpose text DEFAULT ''::text NOT NULL
);


--
-- Name: cases; Type: TABLE; Schema: upgrade_schema_003; Owner: -
--

CREATE TABLE upgrade_schema_003.cases (
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
-- Name: events; Type: TABLE; Schema: upgrade_schema_003; Owner: -
--

CREATE TABLE upgrade_schema_003.events (
    id text NOT NULL,
    signal_id text NOT NULL,
    at text NOT NULL,
    actor_id text NOT NULL,
    actor_org text NOT NULL,
    kind text NOT NULL,
    detail text DEFAULT ''::text NOT NULL
);


--
-- Name: feedback; Type: TABLE; Schema: upgrade_schema_003; Owner: -
--

CREATE TABLE upgrade_schema_003.feedback (
    id text NOT NULL,
    referral_id text NOT NULL,
    at text NOT NULL,
    user_id text NOT NULL,
    org text NOT NULL,
    message text NOT NULL
);


--
-- Name: indicators; Type: TABLE; Schema: upgrade_schema_003; Owner: -
--

CREATE TABLE upgrade_schema_003.indicators (
    code text NOT NULL,
    form text NOT NULL,
    label text NOT NULL,
    source text DEFAULT ''::text NOT NULL,
    active integer DEFAULT 1 NOT NULL,
    "position" integer DEFAULT 0 NOT NULL
);


--
-- Name: jobs; Type: TABLE; Schema: upgrade_schema_003; Owner: -
--

CREATE TABLE upgrade_schema_003.jobs (
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
-- Name: municipalities; Type: TABLE; Schema: upgrade_schema_003; Owner: -
--

CREATE TABLE upgrade_schema_003.municipalities (
    slug text NOT NULL,
    name text NOT NULL,
    safety_region text NOT NULL,
    zvh text NOT NULL,
    active integer DEFAULT 1 NOT NULL
);


--
-- Name: organisations; Type: TABLE; Schema: upgrade_schema_003; Owner: -
--

CREATE TABLE upgrade_schema_003.organisations (
    code text NOT NULL,
    name text NOT NULL,
    kind text NOT NULL,
    safety_region text DEFAULT ''::text NOT NULL,
    municipality text DEFAULT ''::text NOT NULL,
    contact text DEFAULT ''::text NOT NULL,
    active integer DEFAULT 1 NOT NULL
);


--
-- Name: persons; Type: TABLE; Schema: upgrade_schema_003; Owner: -
--

CREATE TABLE upgrade_schema_003.persons (
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
-- Name: referrals; Type: TABLE; Schema: upgrade_schema_003; Owner: -
--

CREATE TABLE upgrade_schema_003.referrals (
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
-- Name: reminders; Type: TABLE; Schema: upgrade_schema_003; Owner: -
--

CREATE TABLE upgrade_schema_003.reminders (
    object_type text NOT NULL,
    object_id text NOT NULL,
    kind text NOT NULL,
    at text NOT NULL,
    job_id text NOT NULL
);


--
-- Name: schema_migrations; Type: TABLE; Schema: upgrade_schema_003; Owner: -
--

CREATE TABLE upgrade_schema_003.schema_migrations (
    version integer NOT NULL,
    applied_at text NOT NULL
);


--
-- Name: sectors; Type: TABLE; Schema: upgrade_schema_003; Owner: -
--

CREATE TABLE upgrade_schema_003.sectors (
    code text NOT NULL,
    form text DEFAULT ''::text NOT NULL,
    label text NOT NULL,
    visibility text DEFAULT ''::text NOT NULL,
    active integer DEFAULT 1 NOT NULL,
    "position" integer DEFAULT 0 NOT NULL
);


--
-- Name: sessions; Type: TABLE; Schema: upgrade_schema_003; Owner: -
--

CREATE TABLE upgrade_schema_003.sessions (
    token text NOT NULL,
    data text NOT NULL,
    expiry text NOT NULL
);


--
-- Name: signals; Type: TABLE; Schema: upgrade_schema_003; Owner: -
--

CREATE TABLE upgrade_schema_003.signals (
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
    version integer DEFAULT 1 NOT NULL
);


--
-- Name: user_municipalities; Type: TABLE; Schema: upgrade_schema_003; Owner: -
--

CREATE TABLE upgrade_schema_003.user_municipalities (
    user_id text NOT NULL,
    municipality text NOT NULL
);


--
-- Name: users; Type: TABLE; Schema: upgrade_schema_003; Owner: -
--

CREATE TABLE upgrade_schema_003.users (
    id text NOT NULL,
    name text NOT NULL,
    email text NOT NULL,
    role text NOT NULL,
    org text NOT NULL,
    password_hash text DEFAULT ''::text NOT NULL,
    active integer DEFAULT 1 NOT NULL,
    created_at text NOT NULL
);


--
-- Data for Name: api_tokens; Type: TABLE DATA; Schema: upgrade_schema_003; Owner: -
--

INSERT INTO upgrade_schema_003.api_tokens VALUES ('84af989173238b12b0bc4f1bee9e44f4274d11be9be8bd39b6d4dcae0c854f28', '00363nqvus826k98g70ptek2os', '2025-06-02T10:00:00.000000Z', NULL);
INSERT INTO upgrade_schema_003.api_tokens VALUES ('9efdefcd20b30c06735f5d7fa5e04b6a1b5787f4994143b09feef19d8b337a65', '00363nqvv1i6su1pkit7qm3hnc', '2025-06-02T10:00:00.000000Z', NULL);
INSERT INTO upgrade_schema_003.api_tokens VALUES ('c8bbf89341c333a2f85f224db4ae07205d416dd9bf82feac2193fee8df28930e', '00363nqvushotcmap4fpneuil4', '2025-06-02T10:00:00.000000Z', NULL);
INSERT INTO upgrade_schema_003.api_tokens VALUES ('a4b74ede3724280bdf688cd2578ed806f8d685e7212ea1bfb5424f1e9771be01', '00363nqvusn76hri16v44p95gc', '2025-06-02T10:00:00.000000Z', NULL);
INSERT INTO upgrade_schema_003.api_tokens VALUES ('9ec7d1b38f0d81db5aa9b043f34febadd4d64102873b5795ab8362c26f327363', '00363nqvut16mvuhh3s4ggfr1s', '2025-06-02T10:00:00.000000Z', NULL);
INSERT INTO upgrade_schema_003.api_tokens VALUES ('3d07264053c4d5aba19624ff68afe4d77cf32243f35f8d0bfd2eb6ea562d8f44', '00363nqvut9o5ho4hpl2jdc5hs', '2025-06-02T10:00:00.000000Z', NULL);
INSERT INTO upgrade_schema_003.api_tokens VALUES ('d73a6a6c59efc6d1517bc21d397a035117bf17054b28dc56416d5ad5483381e7', '00363nqvutebfpbvlpn8p5j1hg', '2025-06-02T10:00:00.000000Z', NULL);


--
-- Data for Name: audit_log; Type: TABLE DATA; Schema: upgrade_schema_003; Owner: -
--

INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvv600r7r0marc9n768k', '2025-03-03T09:00:00.000000Z', '00363nqvur6vhpl0amtmdu15o0', 'melder', 'gemeente-rotterdam', 'create', 'signal', '00363nqvv5cj6255bjl5o1tshk', 'own_report');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvv6ste3qu8j4uefahlk', '2025-03-03T12:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'triage', 'signal', '00363nqvv5cj6255bjl5o1tshk', 'triage_and_case');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvv7jd2athbr3mhumkec', '2025-03-03T12:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'signal', '00363nqvv5cj6255bjl5o1tshk', 'triage_and_case');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvv84bon3n99s7asjlds', '2025-03-03T17:00:00.000000Z', '00363nqvusn76hri16v44p95gc', 'zvh', 'zvh-rotterdam-rijnmond', 'accept', 'referral', '00363nqvv76pdotp66de03bd54', '');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvv8mj4evbeamqqavn7g', '2025-03-03T22:00:00.000000Z', '00363nqvusn76hri16v44p95gc', 'zvh', 'zvh-rotterdam-rijnmond', 'feedback', 'referral', '00363nqvv76pdotp66de03bd54', '');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvv98j6udu1q65gec0k8', '2025-03-04T03:00:00.000000Z', '00363nqvushotcmap4fpneuil4', 'zorgcoordinator', 'essm', 'accept', 'referral', '00363nqvv7am6bm7b17rt1ijjg', '');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvv9gbcbmrj02627ash8', '2025-03-04T08:00:00.000000Z', '00363nqvushotcmap4fpneuil4', 'zorgcoordinator', 'essm', 'feedback', 'referral', '00363nqvv7am6bm7b17rt1ijjg', '');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvv9tfb9ltuknubg3unc', '2025-03-04T13:00:00.000000Z', '00363nqvut9o5ho4hpl2jdc5hs', 'partner', 'politie-avim', 'accept', 'referral', '00363nqvv7bsp30oe5sn1lskjs', '');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvaav0h1ik01ius1554', '2025-03-04T18:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'escalate', 'case', '00363nqvv6tgrn03b19atpjs7o', '');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvak4ms12o159kms4ko', '2025-03-04T18:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'case', '00363nqvv6tgrn03b19atpjs7o', 'triage_and_case');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvaqe71vbv5uk5jmrlg', '2025-03-04T11:00:00.000000Z', '00363nqvur6vhpl0amtmdu15o0', 'melder', 'gemeente-rotterdam', 'create', 'signal', '00363nqvvaod74kiii7i5mqem8', 'own_report');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvb1r0n58ta7k2qv3gk', '2025-03-04T14:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'triage', 'signal', '00363nqvvaod74kiii7i5mqem8', 'triage_and_case');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvb9vj44rmk0jucdgps', '2025-03-04T14:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'signal', '00363nqvvaod74kiii7i5mqem8', 'triage_and_case');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvbkn4ttn35kjlj2r64', '2025-03-04T19:00:00.000000Z', '00363nqvushotcmap4fpneuil4', 'zorgcoordinator', 'essm', 'decline', 'referral', '00363nqvvb3i1vhrvgiaveneoo', '');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvc1mcikqmmi3m40qoo', '2025-03-05T00:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'refer', 'case', '00363nqvvb28vjpa3mctrugpu4', '');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvcct7036r71rv91mmo', '2025-03-05T00:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'case', '00363nqvvb28vjpa3mctrugpu4', 'triage_and_case');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvckfiucalgiso8eqok', '2025-03-05T05:00:00.000000Z', '00363nqvushotcmap4fpneuil4', 'zorgcoordinator', 'essm', 'accept', 'referral', '00363nqvvbv6vn4i69mrfslgvo', '');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvctpa12865a4ah1op4', '2025-03-05T10:00:00.000000Z', '00363nqvushotcmap4fpneuil4', 'zorgcoordinator', 'essm', 'feedback', 'referral', '00363nqvvbv6vn4i69mrfslgvo', '');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvdbm0m2jn7sb8lfevg', '2025-03-05T13:00:00.000000Z', '00363nqvur6vhpl0amtmdu15o0', 'melder', 'gemeente-rotterdam', 'create', 'signal', '00363nqvvd67tkqid4boqefkhc', 'own_report');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvdkmdde4akb2sl9lhk', '2025-03-05T16:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'triage', 'signal', '00363nqvvd67tkqid4boqefkhc', 'triage_and_case');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvdv1ispf9gskmq4dr0', '2025-03-05T16:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'signal', '00363nqvvd67tkqid4boqefkhc', 'triage_and_case');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvve8ftnd7k3q0nfp37s', '2025-03-05T21:00:00.000000Z', '00363nqvut16mvuhh3s4ggfr1s', 'riec', 'riec-rotterdam', 'accept', 'referral', '00363nqvvdmcj1hjem3eiehm5c', '');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvveij6089i2ekuuk7kk', '2025-03-06T02:00:00.000000Z', '00363nqvut16mvuhh3s4ggfr1s', 'riec', 'riec-rotterdam', 'feedback', 'referral', '00363nqvvdmcj1hjem3eiehm5c', '');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvversk60a10atjbbcg0', '2025-03-06T15:00:00.000000Z', '00363nqvur6vhpl0amtmdu15o0', 'melder', 'gemeente-rotterdam', 'create', 'signal', '00363nqvveoeuhceop0sjb5k58', 'own_report');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvffdg44ad6ahj656bk', '2025-03-06T18:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'triage', 'signal', '00363nqvveoeuhceop0sjb5k58', 'triage_and_case');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvfk3s50cb3a9csckoc', '2025-03-06T18:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'signal', '00363nqvveoeuhceop0sjb5k58', 'triage_and_case');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvfu2vk57bok1sv9ds8', '2025-03-07T17:00:00.000000Z', '00363nqvur6vhpl0amtmdu15o0', 'melder', 'gemeente-rotterdam', 'create', 'signal', '00363nqvvfrvms0s106fs0ij2o', 'own_report');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvg9mdi0qsrub3fh61k', '2025-03-08T19:00:00.000000Z', '00363nqvur6vhpl0amtmdu15o0', 'melder', 'gemeente-rotterdam', 'create', 'signal', '00363nqvvg7th5d06j7e0glerk', 'own_report');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvgfddfmlfj4asf9dpg', '2025-03-08T22:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'triage', 'signal', '00363nqvvg7th5d06j7e0glerk', 'triage_and_case');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvgm2eeobervi08rod0', '2025-03-08T22:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'signal', '00363nqvvg7th5d06j7e0glerk', 'triage_and_case');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvh849ajppruj5m8tco', '2025-03-09T21:00:00.000000Z', '00363nqvur6vhpl0amtmdu15o0', 'melder', 'gemeente-rotterdam', 'create', 'signal', '00363nqvvh5rkb0smsm34r61o0', 'own_report');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvhlmh73q4fhlaus9tc', '2025-03-10T00:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'triage', 'signal', '00363nqvvh5rkb0smsm34r61o0', 'triage_and_case');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvhv7otnm5o2tchhuo0', '2025-03-10T00:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'signal', '00363nqvvh5rkb0smsm34r61o0', 'triage_and_case');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvicp51t6tjdff7c0a8', '2025-03-10T05:00:00.000000Z', '00363nqvushotcmap4fpneuil4', 'zorgcoordinator', 'essm', 'accept', 'referral', '00363nqvvhnjiccgakudpgrk2c', '');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvj85c96t4adqro3874', '2025-03-10T10:00:00.000000Z', '00363nqvushotcmap4fpneuil4', 'zorgcoordinator', 'essm', 'feedback', 'referral', '00363nqvvhnjiccgakudpgrk2c', '');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvjfm71t0qknvee11es', '2025-03-10T15:00:00.000000Z', '00363nqvutkf0i3a63qc2c58ak', 'partner', 'veilig-thuis-rotterdam-rijnmond', 'accept', 'referral', '00363nqvvho9tfuokeblvr3o10', '');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvk1bigggrvs6m0s3tg', '2025-03-10T20:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'close', 'case', '00363nqvvhm8ecvbq56jd7q05c', '');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvketce0ho5m8gu547o', '2025-03-10T20:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'case', '00363nqvvhm8ecvbq56jd7q05c', 'triage_and_case');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvklcb6tm81qprcknm4', '2025-03-10T23:00:00.000000Z', '00363nqvur6vhpl0amtmdu15o0', 'melder', 'gemeente-rotterdam', 'create', 'signal', '00363nqvvkhfbtphucj1j8ai3c', 'own_report');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvl4bgegd6n51snrk0o', '2025-03-11T02:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'triage', 'signal', '00363nqvvkhfbtphucj1j8ai3c', 'triage_and_case');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvmq1lp5v2bl7ahkljc', '2025-03-11T02:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'signal', '00363nqvvkhfbtphucj1j8ai3c', 'triage_and_case');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvn1905hrvnlmf4seio', '2025-03-11T07:00:00.000000Z', '00363nqvut9o5ho4hpl2jdc5hs', 'partner', 'politie-avim', 'accept', 'referral', '00363nqvvmgm7o6m9i0qfogfu0', '');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvng4kj07o095usvr2g', '2025-03-11T12:00:00.000000Z', '00363nqvut9o5ho4hpl2jdc5hs', 'partner', 'politie-avim', 'feedback', 'referral', '00363nqvvmgm7o6m9i0qfogfu0', '');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvocc7jcnet2je3jm2c', '2025-03-11T17:00:00.000000Z', '00363nqvut9o5ho4hpl2jdc5hs', 'partner', 'politie-avim', 'close', 'referral', '00363nqvvmgm7o6m9i0qfogfu0', '');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvojfgf2mokrm9b4c1c', '2025-03-12T01:00:00.000000Z', '00363nqvur6vhpl0amtmdu15o0', 'melder', 'gemeente-rotterdam', 'create', 'signal', '00363nqvvoi5a8iq6kt5kirvt4', 'own_report');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvp6rl2pr5p93rj05ok', '2025-03-12T04:00:00.000000Z', '00363nqvv1i6su1pkit7qm3hnc', 'aandachtsfunctionaris', 'gemeente-dordrecht', 'triage', 'signal', '00363nqvvoi5a8iq6kt5kirvt4', 'triage_and_case');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvplq4q33rovsb86mbg', '2025-03-12T04:00:00.000000Z', '00363nqvv1i6su1pkit7qm3hnc', 'aandachtsfunctionaris', 'gemeente-dordrecht', 'view', 'signal', '00363nqvvoi5a8iq6kt5kirvt4', 'triage_and_case');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvq264ukn0ogkj2u3vc', '2025-03-12T09:00:00.000000Z', '00363nqvushotcmap4fpneuil4', 'zorgcoordinator', 'essm', 'accept', 'referral', '00363nqvvp7n7ru4uem8qctd5o', '');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvqgqrai0selnq7e35o', '2025-03-12T14:00:00.000000Z', '00363nqvutebfpbvlpn8p5j1hg', 'partner', 'nla', 'accept', 'referral', '00363nqvvp84gd7tqq822mopok', '');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvqn6vl2qca80qkfadk', '2025-03-12T19:00:00.000000Z', '00363nqvutebfpbvlpn8p5j1hg', 'partner', 'nla', 'feedback', 'referral', '00363nqvvp84gd7tqq822mopok', '');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvqtd75umuueogpak5k', '2025-03-13T03:00:00.000000Z', '00363nqvur6vhpl0amtmdu15o0', 'melder', 'gemeente-rotterdam', 'create', 'signal', '00363nqvvqro4d8kvde585kdtg', 'own_report');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvr7h42cugkkfivl6r4', '2025-03-14T05:00:00.000000Z', '00363nqvur6vhpl0amtmdu15o0', 'melder', 'gemeente-rotterdam', 'create', 'signal', '00363nqvvr5j3qi7n24bl273co', 'own_report');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvrehijtmbvfknf0aho', '2025-03-14T08:00:00.000000Z', '00363nqvv1i6su1pkit7qm3hnc', 'aandachtsfunctionaris', 'gemeente-dordrecht', 'triage', 'signal', '00363nqvvr5j3qi7n24bl273co', 'triage_and_case');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvrtc77r0bb1gbuaka8', '2025-03-14T08:00:00.000000Z', '00363nqvv1i6su1pkit7qm3hnc', 'aandachtsfunctionaris', 'gemeente-dordrecht', 'view', 'signal', '00363nqvvr5j3qi7n24bl273co', 'triage_and_case');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvsnprfpm2fihnam2t0', '2025-03-14T13:00:00.000000Z', '00363nqvut16mvuhh3s4ggfr1s', 'riec', 'riec-rotterdam', 'accept', 'referral', '00363nqvvrffe840qj8ll9v0g8', '');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvt27mhnmuu4cinhi3o', '2025-03-15T07:00:00.000000Z', '00363nqvur6vhpl0amtmdu15o0', 'melder', 'gemeente-rotterdam', 'create', 'signal', '00363nqvvsuqhoae5f07l9670s', 'own_report');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvt8olopcs0fms3eunc', '2025-03-15T10:00:00.000000Z', '00363nqvv1i6su1pkit7qm3hnc', 'aandachtsfunctionaris', 'gemeente-dordrecht', 'triage', 'signal', '00363nqvvsuqhoae5f07l9670s', 'triage_and_case');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nqvvthkgp8pis5pffr0qg', '2025-03-15T10:00:00.000000Z', '00363nqvv1i6su1pkit7qm3hnc', 'aandachtsfunctionaris', 'gemeente-dordrecht', 'view', 'signal', '00363nqvvsuqhoae5f07l9670s', 'triage_and_case');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nr002uul0b30pgprse52o', '2025-06-02T10:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'signal', '00363nqvvfrvms0s106fs0ij2o', 'triage_and_case');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nr00386b9lsdjaeoefsq0', '2025-06-02T10:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'signal', '00363nqvv5cj6255bjl5o1tshk', 'triage_and_case');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nr003soo1slbllvineip0', '2025-06-02T10:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'case', '00363nqvv6tgrn03b19atpjs7o', 'triage_and_case');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nr0044hb2m4fcap39l6ic', '2025-06-02T10:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'signal', '00363nqvvaod74kiii7i5mqem8', 'triage_and_case');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nr004o09g0e16sbsri36s', '2025-06-02T10:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'case', '00363nqvvb28vjpa3mctrugpu4', 'triage_and_case');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nr004vol72m1cvr9adcio', '2025-06-02T10:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'signal', '00363nqvvd67tkqid4boqefkhc', 'triage_and_case');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nr0057evoebm5v33c7dn4', '2025-06-02T10:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'case', '00363nqvvdl2p7cv6csqpn0pag', 'triage_and_case');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nr005mt31ol4l2d2q0suc', '2025-06-02T10:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'signal', '00363nqvveoeuhceop0sjb5k58', 'triage_and_case');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nr006erc6icqa2b5lrebs', '2025-06-02T10:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'signal', '00363nqvvg7th5d06j7e0glerk', 'triage_and_case');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nr006snq3kkkjomi7nsrk', '2025-06-02T10:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'case', '00363nqvvgfp763vrigand9idg', 'triage_and_case');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nr0072dqm4danj7jfbm68', '2025-06-02T10:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'signal', '00363nqvvh5rkb0smsm34r61o0', 'triage_and_case');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nr007fi0a2dqqhapjh7ug', '2025-06-02T10:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'case', '00363nqvvhm8ecvbq56jd7q05c', 'triage_and_case');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nr007r5sdti7ji5hhaq1o', '2025-06-02T10:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'signal', '00363nqvvkhfbtphucj1j8ai3c', 'triage_and_case');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nr0085qvtno5hoiqcvcbk', '2025-06-02T10:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'aandachtsfunctionaris', 'gemeente-rotterdam', 'view', 'case', '00363nqvvmcoj7jpevhgq2b8m0', 'triage_and_case');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nr0098o7imt4isri0n0rs', '2025-06-02T10:00:00.000000Z', '00363nqvv1i6su1pkit7qm3hnc', 'aandachtsfunctionaris', 'gemeente-dordrecht', 'view', 'signal', '00363nqvvoi5a8iq6kt5kirvt4', 'triage_and_case');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nr009h1517miasp6jboog', '2025-06-02T10:00:00.000000Z', '00363nqvv1i6su1pkit7qm3hnc', 'aandachtsfunctionaris', 'gemeente-dordrecht', 'view', 'case', '00363nqvvp771s57dqpdcl704g', 'triage_and_case');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nr009o239e2cg99eglq5s', '2025-06-02T10:00:00.000000Z', '00363nqvv1i6su1pkit7qm3hnc', 'aandachtsfunctionaris', 'gemeente-dordrecht', 'view', 'signal', '00363nqvvqro4d8kvde585kdtg', 'triage_and_case');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nr009ug313teg31qbglfc', '2025-06-02T10:00:00.000000Z', '00363nqvv1i6su1pkit7qm3hnc', 'aandachtsfunctionaris', 'gemeente-dordrecht', 'view', 'signal', '00363nqvvr5j3qi7n24bl273co', 'triage_and_case');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nr00adjmlri8q3fmcr68c', '2025-06-02T10:00:00.000000Z', '00363nqvv1i6su1pkit7qm3hnc', 'aandachtsfunctionaris', 'gemeente-dordrecht', 'view', 'case', '00363nqvvreop6g46p9847nads', 'triage_and_case');
INSERT INTO upgrade_schema_003.audit_log VALUES ('00363nr00ak22oau1kvrc5f58k', '2025-06-02T10:00:00.000000Z', '00363nqvv1i6su1pkit7qm3hnc', 'aandachtsfunctionaris', 'gemeente-dordrecht', 'view', 'signal', '00363nqvvsuqhoae5f07l9670s', 'triage_and_case');


--
-- Data for Name: cases; Type: TABLE DATA; Schema: upgrade_schema_003; Owner: -
--

INSERT INTO upgrade_schema_003.cases VALUES ('00363nqvv6tgrn03b19atpjs7o', '00363nqvv5cj6255bjl5o1tshk', 'rotterdam', 'care_and_criminal', 'zvh-rotterdam-rijnmond', 'open', '2025-03-03T12:00:00.000000Z', NULL, '', '', 1, '2025-03-04T18:00:00.000000Z', 'Opschaling upgradefixture: geen opvangplek.', 2);
INSERT INTO upgrade_schema_003.cases VALUES ('00363nqvvb28vjpa3mctrugpu4', '00363nqvvaod74kiii7i5mqem8', 'rotterdam', 'care', 'essm', 'open', '2025-03-04T14:00:00.000000Z', NULL, '', '', 0, NULL, '', 1);
INSERT INTO upgrade_schema_003.cases VALUES ('00363nqvvdl2p7cv6csqpn0pag', '00363nqvvd67tkqid4boqefkhc', 'rotterdam', 'undermining', 'riec-rotterdam', 'open', '2025-03-05T16:00:00.000000Z', NULL, '', '', 0, NULL, '', 1);
INSERT INTO upgrade_schema_003.cases VALUES ('00363nqvvgfp763vrigand9idg', '00363nqvvg7th5d06j7e0glerk', 'rotterdam', 'care_and_criminal', 'zvh-rotterdam-rijnmond', 'open', '2025-03-08T22:00:00.000000Z', NULL, '', '', 0, NULL, '', 1);
INSERT INTO upgrade_schema_003.cases VALUES ('00363nqvvhm8ecvbq56jd7q05c', '00363nqvvh5rkb0smsm34r61o0', 'rotterdam', 'care', 'essm', 'closed', '2025-03-10T00:00:00.000000Z', '2025-03-10T20:00:00.000000Z', 'care_completed', 'Slotnotitie upgradefixture.', 0, NULL, '', 2);
INSERT INTO upgrade_schema_003.cases VALUES ('00363nqvvmcoj7jpevhgq2b8m0', '00363nqvvkhfbtphucj1j8ai3c', 'rotterdam', 'care_and_criminal', 'zvh-rotterdam-rijnmond', 'open', '2025-03-11T02:00:00.000000Z', NULL, '', '', 0, NULL, '', 1);
INSERT INTO upgrade_schema_003.cases VALUES ('00363nqvvp771s57dqpdcl704g', '00363nqvvoi5a8iq6kt5kirvt4', 'dordrecht', 'care', 'essm', 'open', '2025-03-12T04:00:00.000000Z', NULL, '', '', 0, NULL, '', 1);
INSERT INTO upgrade_schema_003.cases VALUES ('00363nqvvreop6g46p9847nads', '00363nqvvr5j3qi7n24bl273co', 'dordrecht', 'undermining', 'riec-rotterdam', 'open', '2025-03-14T08:00:00.000000Z', NULL, '', '', 0, NULL, '', 1);


--
-- Data for Name: events; Type: TABLE DATA; Schema: upgrade_schema_003; Owner: -
--

INSERT INTO upgrade_schema_003.events VALUES ('00363nqvv5st7ocksfeu7uab8o', '00363nqvv5cj6255bjl5o1tshk', '2025-03-03T09:00:00.000000Z', '00363nqvur6vhpl0amtmdu15o0', 'gemeente-rotterdam', 'signal_received', 'rotterdam');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvv6rrbutlu9bcqaatk8', '00363nqvv5cj6255bjl5o1tshk', '2025-03-03T12:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'gemeente-rotterdam', 'signal_triaged', 'care_and_criminal');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvv75uqq0tm3t9347vvo', '00363nqvv5cj6255bjl5o1tshk', '2025-03-03T12:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'gemeente-rotterdam', 'case_opened', 'zvh-rotterdam-rijnmond');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvv79p5vcpojddhpukdc', '00363nqvv5cj6255bjl5o1tshk', '2025-03-03T12:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'gemeente-rotterdam', 'referral_sent', 'zvh-rotterdam-rijnmond');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvv7beu4ejtrjmbdpius', '00363nqvv5cj6255bjl5o1tshk', '2025-03-03T12:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'gemeente-rotterdam', 'referral_sent', 'essm');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvv7cc5rh2p8g6538ns0', '00363nqvv5cj6255bjl5o1tshk', '2025-03-03T12:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'gemeente-rotterdam', 'referral_sent', 'politie-avim');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvv83pjjdr9dtqkilf9g', '00363nqvv5cj6255bjl5o1tshk', '2025-03-03T17:00:00.000000Z', '00363nqvusn76hri16v44p95gc', 'zvh-rotterdam-rijnmond', 'referral_accepted', 'zvh-rotterdam-rijnmond');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvv8i9lsrnepmuaurpio', '00363nqvv5cj6255bjl5o1tshk', '2025-03-03T22:00:00.000000Z', '00363nqvusn76hri16v44p95gc', 'zvh-rotterdam-rijnmond', 'feedback_given', 'zvh-rotterdam-rijnmond');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvv981ld68cjai7pcv0k', '00363nqvv5cj6255bjl5o1tshk', '2025-03-04T03:00:00.000000Z', '00363nqvushotcmap4fpneuil4', 'essm', 'referral_accepted', 'essm');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvv9fu4t58jc2fole778', '00363nqvv5cj6255bjl5o1tshk', '2025-03-04T08:00:00.000000Z', '00363nqvushotcmap4fpneuil4', 'essm', 'feedback_given', 'essm');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvv9t2a45m4u6rr9ehj0', '00363nqvv5cj6255bjl5o1tshk', '2025-03-04T13:00:00.000000Z', '00363nqvut9o5ho4hpl2jdc5hs', 'politie-avim', 'referral_accepted', 'politie-avim');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvaacmr7kud75u9br0g', '00363nqvv5cj6255bjl5o1tshk', '2025-03-04T18:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'gemeente-rotterdam', 'case_escalated', '');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvapvcomg73f85ckc9o', '00363nqvvaod74kiii7i5mqem8', '2025-03-04T11:00:00.000000Z', '00363nqvur6vhpl0amtmdu15o0', 'gemeente-rotterdam', 'signal_received', 'rotterdam');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvb1b837gttv848j9c4', '00363nqvvaod74kiii7i5mqem8', '2025-03-04T14:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'gemeente-rotterdam', 'signal_triaged', 'care');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvb34s9ortk874quhfs', '00363nqvvaod74kiii7i5mqem8', '2025-03-04T14:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'gemeente-rotterdam', 'case_opened', 'essm');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvb4fd703lef6sefbk0', '00363nqvvaod74kiii7i5mqem8', '2025-03-04T14:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'gemeente-rotterdam', 'referral_sent', 'essm');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvbka39pa2opjt87sf8', '00363nqvvaod74kiii7i5mqem8', '2025-03-04T19:00:00.000000Z', '00363nqvushotcmap4fpneuil4', 'essm', 'referral_declined', 'essm');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvc06k4ohbve3b2snss', '00363nqvvaod74kiii7i5mqem8', '2025-03-05T00:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'gemeente-rotterdam', 'referral_sent', 'essm');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvcjqdva793va23bn7k', '00363nqvvaod74kiii7i5mqem8', '2025-03-05T05:00:00.000000Z', '00363nqvushotcmap4fpneuil4', 'essm', 'referral_accepted', 'essm');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvcsm2hig5n1kt07pss', '00363nqvvaod74kiii7i5mqem8', '2025-03-05T10:00:00.000000Z', '00363nqvushotcmap4fpneuil4', 'essm', 'feedback_given', 'essm');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvdb7gbljer82hsames', '00363nqvvd67tkqid4boqefkhc', '2025-03-05T13:00:00.000000Z', '00363nqvur6vhpl0amtmdu15o0', 'gemeente-rotterdam', 'signal_received', 'rotterdam');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvdk72nu2rjsj3fgvgs', '00363nqvvd67tkqid4boqefkhc', '2025-03-05T16:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'gemeente-rotterdam', 'signal_triaged', 'undermining');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvdlu9niti023uvrgv8', '00363nqvvd67tkqid4boqefkhc', '2025-03-05T16:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'gemeente-rotterdam', 'case_opened', 'riec-rotterdam');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvdn69plv6hlubhv59c', '00363nqvvd67tkqid4boqefkhc', '2025-03-05T16:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'gemeente-rotterdam', 'referral_sent', 'riec-rotterdam');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvve7dq2b0084do5e1ig', '00363nqvvd67tkqid4boqefkhc', '2025-03-05T21:00:00.000000Z', '00363nqvut16mvuhh3s4ggfr1s', 'riec-rotterdam', 'referral_accepted', 'riec-rotterdam');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvehupk1u0d6lmhuf0k', '00363nqvvd67tkqid4boqefkhc', '2025-03-06T02:00:00.000000Z', '00363nqvut16mvuhh3s4ggfr1s', 'riec-rotterdam', 'feedback_given', 'riec-rotterdam');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvveqvd4flrn57sblpq0', '00363nqvveoeuhceop0sjb5k58', '2025-03-06T15:00:00.000000Z', '00363nqvur6vhpl0amtmdu15o0', 'gemeente-rotterdam', 'signal_received', 'rotterdam');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvfev401988bviutirk', '00363nqvveoeuhceop0sjb5k58', '2025-03-06T18:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'gemeente-rotterdam', 'signal_triaged', 'none');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvftqjp3i2eis8u95ss', '00363nqvvfrvms0s106fs0ij2o', '2025-03-07T17:00:00.000000Z', '00363nqvur6vhpl0amtmdu15o0', 'gemeente-rotterdam', 'signal_received', 'rotterdam');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvg9e1191s0bs90rfl0', '00363nqvvg7th5d06j7e0glerk', '2025-03-08T19:00:00.000000Z', '00363nqvur6vhpl0amtmdu15o0', 'gemeente-rotterdam', 'signal_received', 'rotterdam');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvgf1c3fjiuakd5rra8', '00363nqvvg7th5d06j7e0glerk', '2025-03-08T22:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'gemeente-rotterdam', 'signal_triaged', 'care_and_criminal');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvgghqve9qar4ea0v4s', '00363nqvvg7th5d06j7e0glerk', '2025-03-08T22:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'gemeente-rotterdam', 'case_opened', 'zvh-rotterdam-rijnmond');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvgh9ed6avcans8q7d0', '00363nqvvg7th5d06j7e0glerk', '2025-03-08T22:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'gemeente-rotterdam', 'referral_sent', 'zvh-rotterdam-rijnmond');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvghvvsbrl45v7t5484', '00363nqvvg7th5d06j7e0glerk', '2025-03-08T22:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'gemeente-rotterdam', 'referral_sent', 'essm');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvh7pc5tfr7fiu2teg8', '00363nqvvh5rkb0smsm34r61o0', '2025-03-09T21:00:00.000000Z', '00363nqvur6vhpl0amtmdu15o0', 'gemeente-rotterdam', 'signal_received', 'rotterdam');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvhkqqpqv599u864q7k', '00363nqvvh5rkb0smsm34r61o0', '2025-03-10T00:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'gemeente-rotterdam', 'signal_triaged', 'care');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvhn5qamu4b1l23lrh8', '00363nqvvh5rkb0smsm34r61o0', '2025-03-10T00:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'gemeente-rotterdam', 'case_opened', 'essm');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvho201dhqgnhilobds', '00363nqvvh5rkb0smsm34r61o0', '2025-03-10T00:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'gemeente-rotterdam', 'referral_sent', 'essm');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvhoni6dtvulm0g8o6o', '00363nqvvh5rkb0smsm34r61o0', '2025-03-10T00:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'gemeente-rotterdam', 'referral_sent', 'veilig-thuis-rotterdam-rijnmond');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvic6grocgnvr5mpj4k', '00363nqvvh5rkb0smsm34r61o0', '2025-03-10T05:00:00.000000Z', '00363nqvushotcmap4fpneuil4', 'essm', 'referral_accepted', 'essm');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvj7k558mhlmtk5p708', '00363nqvvh5rkb0smsm34r61o0', '2025-03-10T10:00:00.000000Z', '00363nqvushotcmap4fpneuil4', 'essm', 'feedback_given', 'essm');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvjf8tv8felcjjg7u98', '00363nqvvh5rkb0smsm34r61o0', '2025-03-10T15:00:00.000000Z', '00363nqvutkf0i3a63qc2c58ak', 'veilig-thuis-rotterdam-rijnmond', 'referral_accepted', 'veilig-thuis-rotterdam-rijnmond');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvk0m2msj0dqnvtq1fg', '00363nqvvh5rkb0smsm34r61o0', '2025-03-10T20:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'gemeente-rotterdam', 'case_closed', 'care_completed');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvkkhsl1kfhomk8bmu0', '00363nqvvkhfbtphucj1j8ai3c', '2025-03-10T23:00:00.000000Z', '00363nqvur6vhpl0amtmdu15o0', 'gemeente-rotterdam', 'signal_received', 'rotterdam');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvkvvjveb5c3ht2hj4o', '00363nqvvkhfbtphucj1j8ai3c', '2025-03-11T02:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'gemeente-rotterdam', 'signal_triaged', 'care_and_criminal');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvmf1a7fhpv0nmvbei0', '00363nqvvkhfbtphucj1j8ai3c', '2025-03-11T02:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'gemeente-rotterdam', 'case_opened', 'zvh-rotterdam-rijnmond');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvmfrqmovo90gccdju4', '00363nqvvkhfbtphucj1j8ai3c', '2025-03-11T02:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'gemeente-rotterdam', 'referral_sent', 'zvh-rotterdam-rijnmond');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvmge9enhi3v1lj31jc', '00363nqvvkhfbtphucj1j8ai3c', '2025-03-11T02:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'gemeente-rotterdam', 'referral_sent', 'essm');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvmh1d70mmp6sfmo9qo', '00363nqvvkhfbtphucj1j8ai3c', '2025-03-11T02:00:00.000000Z', '00363nqvus826k98g70ptek2os', 'gemeente-rotterdam', 'referral_sent', 'politie-avim');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvn11n2sb9f3rcj9538', '00363nqvvkhfbtphucj1j8ai3c', '2025-03-11T07:00:00.000000Z', '00363nqvut9o5ho4hpl2jdc5hs', 'politie-avim', 'referral_accepted', 'politie-avim');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvnfk0kp50cbakc02c0', '00363nqvvkhfbtphucj1j8ai3c', '2025-03-11T12:00:00.000000Z', '00363nqvut9o5ho4hpl2jdc5hs', 'politie-avim', 'feedback_given', 'politie-avim');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvobfucl1k4cuc9s4p0', '00363nqvvkhfbtphucj1j8ai3c', '2025-03-11T17:00:00.000000Z', '00363nqvut9o5ho4hpl2jdc5hs', 'politie-avim', 'referral_closed', 'politie-avim');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvoj8fotoidsqjdr9ic', '00363nqvvoi5a8iq6kt5kirvt4', '2025-03-12T01:00:00.000000Z', '00363nqvur6vhpl0amtmdu15o0', 'gemeente-rotterdam', 'signal_received', 'dordrecht');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvp6hp7v9tq7g9dqvo8', '00363nqvvoi5a8iq6kt5kirvt4', '2025-03-12T04:00:00.000000Z', '00363nqvv1i6su1pkit7qm3hnc', 'gemeente-dordrecht', 'signal_triaged', 'care');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvp7hg8q86j7k9gn4ag', '00363nqvvoi5a8iq6kt5kirvt4', '2025-03-12T04:00:00.000000Z', '00363nqvv1i6su1pkit7qm3hnc', 'gemeente-dordrecht', 'case_opened', 'essm');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvp7vprv0le4809ufcs', '00363nqvvoi5a8iq6kt5kirvt4', '2025-03-12T04:00:00.000000Z', '00363nqvv1i6su1pkit7qm3hnc', 'gemeente-dordrecht', 'referral_sent', 'essm');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvp8bb1sgvd90d01aq4', '00363nqvvoi5a8iq6kt5kirvt4', '2025-03-12T04:00:00.000000Z', '00363nqvv1i6su1pkit7qm3hnc', 'gemeente-dordrecht', 'referral_sent', 'nla');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvq1ogvoc65lv2n9nlc', '00363nqvvoi5a8iq6kt5kirvt4', '2025-03-12T09:00:00.000000Z', '00363nqvushotcmap4fpneuil4', 'essm', 'referral_accepted', 'essm');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvqgdod7d0ii78f0bvo', '00363nqvvoi5a8iq6kt5kirvt4', '2025-03-12T14:00:00.000000Z', '00363nqvutebfpbvlpn8p5j1hg', 'nla', 'referral_accepted', 'nla');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvqmu0cp85lbdp6d7as', '00363nqvvoi5a8iq6kt5kirvt4', '2025-03-12T19:00:00.000000Z', '00363nqvutebfpbvlpn8p5j1hg', 'nla', 'feedback_given', 'nla');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvqt38djd62vltvntn0', '00363nqvvqro4d8kvde585kdtg', '2025-03-13T03:00:00.000000Z', '00363nqvur6vhpl0amtmdu15o0', 'gemeente-rotterdam', 'signal_received', 'dordrecht');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvr78srfsc55bnskb3k', '00363nqvvr5j3qi7n24bl273co', '2025-03-14T05:00:00.000000Z', '00363nqvur6vhpl0amtmdu15o0', 'gemeente-rotterdam', 'signal_received', 'dordrecht');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvre8vb1e5stfkqb45o', '00363nqvvr5j3qi7n24bl273co', '2025-03-14T08:00:00.000000Z', '00363nqvv1i6su1pkit7qm3hnc', 'gemeente-dordrecht', 'signal_triaged', 'undermining');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvrf558imkq5m0nmjc0', '00363nqvvr5j3qi7n24bl273co', '2025-03-14T08:00:00.000000Z', '00363nqvv1i6su1pkit7qm3hnc', 'gemeente-dordrecht', 'case_opened', 'riec-rotterdam');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvrfrq5cvi1kthf781s', '00363nqvvr5j3qi7n24bl273co', '2025-03-14T08:00:00.000000Z', '00363nqvv1i6su1pkit7qm3hnc', 'gemeente-dordrecht', 'referral_sent', 'riec-rotterdam');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvsn6r0gs92eiq1qbig', '00363nqvvr5j3qi7n24bl273co', '2025-03-14T13:00:00.000000Z', '00363nqvut16mvuhh3s4ggfr1s', 'riec-rotterdam', 'referral_accepted', 'riec-rotterdam');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvt1lfgt5e7r5sfvm18', '00363nqvvsuqhoae5f07l9670s', '2025-03-15T07:00:00.000000Z', '00363nqvur6vhpl0amtmdu15o0', 'gemeente-rotterdam', 'signal_received', 'dordrecht');
INSERT INTO upgrade_schema_003.events VALUES ('00363nqvvt88mo5dvl2b10e7ac', '00363nqvvsuqhoae5f07l9670s', '2025-03-15T10:00:00.000000Z', '00363nqvv1i6su1pkit7qm3hnc', 'gemeente-dordrecht', 'signal_triaged', 'none');


--
-- Data for Name: feedback; Type: TABLE DATA; Schema: upgrade_schema_003; Owner: -
--

INSERT INTO upgrade_schema_003.feedback VALUES ('00363nqvv8fo1vs3l5r9nuanhg', '00363nqvv76pdotp66de03bd54', '2025-03-03T22:00:00.000000Z', '00363nqvusn76hri16v44p95gc', 'zvh-rotterdam-rijnmond', 'Terugkoppeling upgradefixture van zvh-rotterdam-rijnmond: eerste gesprek gevoerd.');
INSERT INTO upgrade_schema_003.feedback VALUES ('00363nqvv9fbf5m8jftgmqncmo', '00363nqvv7am6bm7b17rt1ijjg', '2025-03-04T08:00:00.000000Z', '00363nqvushotcmap4fpneuil4', 'essm', 'Terugkoppeling upgradefixture van essm: eerste gesprek gevoerd.');
INSERT INTO upgrade_schema_003.feedback VALUES ('00363nqvvcrmcu5um6ucjm3bs4', '00363nqvvbv6vn4i69mrfslgvo', '2025-03-05T10:00:00.000000Z', '00363nqvushotcmap4fpneuil4', 'essm', 'Terugkoppeling upgradefixture van essm: eerste gesprek gevoerd.');
INSERT INTO upgrade_schema_003.feedback VALUES ('00363nqvvegt73q8ko39tlapo4', '00363nqvvdmcj1hjem3eiehm5c', '2025-03-06T02:00:00.000000Z', '00363nqvut16mvuhh3s4ggfr1s', 'riec-rotterdam', 'Terugkoppeling upgradefixture van riec-rotterdam: eerste gesprek gevoerd.');
INSERT INTO upgrade_schema_003.feedback VALUES ('00363nqvvj6pn7dnu6ht312jfk', '00363nqvvhnjiccgakudpgrk2c', '2025-03-10T10:00:00.000000Z', '00363nqvushotcmap4fpneuil4', 'essm', 'Terugkoppeling upgradefixture van essm: eerste gesprek gevoerd.');
INSERT INTO upgrade_schema_003.feedback VALUES ('00363nqvvnehtm0d12ve8tjdjk', '00363nqvvmgm7o6m9i0qfogfu0', '2025-03-11T12:00:00.000000Z', '00363nqvut9o5ho4hpl2jdc5hs', 'politie-avim', 'Terugkoppeling upgradefixture van politie-avim: eerste gesprek gevoerd.');
INSERT INTO upgrade_schema_003.feedback VALUES ('00363nqvvqmi2nrkdikqpojrh8', '00363nqvvp84gd7tqq822mopok', '2025-03-12T19:00:00.000000Z', '00363nqvutebfpbvlpn8p5j1hg', 'nla', 'Terugkoppeling upgradefixture van nla: eerste gesprek gevoerd.');


--
-- Data for Name: indicators; Type: TABLE DATA; Schema: upgrade_schema_003; Owner: -
--

INSERT INTO upgrade_schema_003.indicators VALUES ('labour.abuse_of_vulnerability', 'labour', 'Misbruik van een kwetsbare positie (taal, verblijfsstatus, armoede, afhankelijkheid)', 'ILO, Indicators of Forced Labour (2012)', 1, 0);
INSERT INTO upgrade_schema_003.indicators VALUES ('labour.deception', 'labour', 'Misleiding over werk, loon of omstandigheden', 'ILO, Indicators of Forced Labour (2012)', 1, 1);
INSERT INTO upgrade_schema_003.indicators VALUES ('labour.restriction_of_movement', 'labour', 'Beperking van bewegingsvrijheid', 'ILO, Indicators of Forced Labour (2012)', 1, 2);
INSERT INTO upgrade_schema_003.indicators VALUES ('labour.isolation', 'labour', 'Isolement (afgelegen werk- of woonplek, geen contact met buitenwereld)', 'ILO, Indicators of Forced Labour (2012)', 1, 3);
INSERT INTO upgrade_schema_003.indicators VALUES ('labour.physical_sexual_violence', 'labour', 'Fysiek of seksueel geweld', 'ILO, Indicators of Forced Labour (2012)', 1, 4);
INSERT INTO upgrade_schema_003.indicators VALUES ('labour.intimidation_threats', 'labour', 'Intimidatie en bedreiging', 'ILO, Indicators of Forced Labour (2012)', 1, 5);
INSERT INTO upgrade_schema_003.indicators VALUES ('labour.retention_of_documents', 'labour', 'Innemen van identiteitsdocumenten', 'ILO, Indicators of Forced Labour (2012)', 1, 6);
INSERT INTO upgrade_schema_003.indicators VALUES ('labour.withholding_wages', 'labour', 'Inhouden of niet uitbetalen van loon', 'ILO, Indicators of Forced Labour (2012)', 1, 7);
INSERT INTO upgrade_schema_003.indicators VALUES ('labour.debt_bondage', 'labour', 'Schuldslavernij (schuld voor reis, huisvesting of bemiddeling)', 'ILO, Indicators of Forced Labour (2012)', 1, 8);
INSERT INTO upgrade_schema_003.indicators VALUES ('labour.abusive_conditions', 'labour', 'Onmenselijke werk- en leefomstandigheden', 'ILO, Indicators of Forced Labour (2012)', 1, 9);
INSERT INTO upgrade_schema_003.indicators VALUES ('labour.excessive_overtime', 'labour', 'Buitensporig overwerk', 'ILO, Indicators of Forced Labour (2012)', 1, 10);
INSERT INTO upgrade_schema_003.indicators VALUES ('sexual.no_control_earnings', 'sexual', 'Geen of weinig zeggenschap over verdiensten', 'CoMensha, Signalenlijst mensenhandel', 1, 11);
INSERT INTO upgrade_schema_003.indicators VALUES ('sexual.controlled_by_others', 'sexual', 'Wordt gecontroleerd of begeleid door derden (telefoon, vervoer, toezicht)', 'CoMensha, Signalenlijst mensenhandel', 1, 12);
INSERT INTO upgrade_schema_003.indicators VALUES ('sexual.no_documents', 'sexual', 'Beschikt niet over eigen identiteitsdocumenten', 'CoMensha, Signalenlijst mensenhandel', 1, 13);
INSERT INTO upgrade_schema_003.indicators VALUES ('sexual.debt', 'sexual', 'Heeft een schuld bij exploitant of tussenpersoon', 'CoMensha, Signalenlijst mensenhandel', 1, 14);
INSERT INTO upgrade_schema_003.indicators VALUES ('sexual.injuries', 'sexual', 'Tekenen van mishandeling of verwaarlozing', 'UNODC, Human Trafficking Indicators', 1, 15);
INSERT INTO upgrade_schema_003.indicators VALUES ('sexual.branding_tattoo', 'sexual', 'Tatoeage of merkteken dat op ''eigendom'' wijst', 'UNODC, Human Trafficking Indicators', 1, 16);
INSERT INTO upgrade_schema_003.indicators VALUES ('sexual.many_clients_long_hours', 'sexual', 'Zeer lange werkdagen of ongebruikelijk veel klanten', 'CoMensha, Signalenlijst mensenhandel', 1, 17);
INSERT INTO upgrade_schema_003.indicators VALUES ('sexual.changing_locations', 'sexual', 'Wisselt vaak van werkplek of stad, kent adres van verblijf niet', 'CCV, Signalenkaart mensenhandel voor gemeenten', 1, 18);
INSERT INTO upgrade_schema_003.indicators VALUES ('sexual.lover_boy', 'sexual', 'Afhankelijke relatie met een (loverboy)pooier', 'CoMensha, Signalenlijst mensenhandel', 1, 19);
INSERT INTO upgrade_schema_003.indicators VALUES ('sexual.ads_by_third_party', 'sexual', 'Advertenties worden door een ander geplaatst of beheerd', 'CCV, Signalenkaart mensenhandel voor gemeenten', 1, 20);
INSERT INTO upgrade_schema_003.indicators VALUES ('sexual.minor_involved', 'sexual', 'Minderjarige betrokken bij seksuele handelingen tegen betaling', 'CoMensha, Signalenlijst mensenhandel', 1, 21);
INSERT INTO upgrade_schema_003.indicators VALUES ('sexual.fear_scripted', 'sexual', 'Angstig, voert niet zelf het woord of vertelt een ingestudeerd verhaal', 'UNODC, Human Trafficking Indicators', 1, 22);
INSERT INTO upgrade_schema_003.indicators VALUES ('criminal.forced_drug_dealing', 'criminal', 'Dealen of drugs vervoeren onder druk van anderen', 'Nationaal Rapporteur Mensenhandel, signalen criminele uitbuiting', 1, 23);
INSERT INTO upgrade_schema_003.indicators VALUES ('criminal.bank_account_misuse', 'criminal', 'Bankrekening, pas of identiteit gebruikt door anderen (geldezel)', 'Nationaal Rapporteur Mensenhandel, signalen criminele uitbuiting', 1, 24);
INSERT INTO upgrade_schema_003.indicators VALUES ('criminal.home_used_for_drugs', 'criminal', 'Woning gebruikt voor drugsproductie of -opslag', 'Nationaal Rapporteur Mensenhandel, signalen criminele uitbuiting', 1, 25);
INSERT INTO upgrade_schema_003.indicators VALUES ('criminal.organised_shoplifting', 'criminal', 'Winkeldiefstal in georganiseerd verband', 'Nationaal Rapporteur Mensenhandel, signalen criminele uitbuiting', 1, 26);
INSERT INTO upgrade_schema_003.indicators VALUES ('criminal.forced_begging', 'criminal', 'Bedelen onder dwang', 'UNODC, Human Trafficking Indicators', 1, 27);
INSERT INTO upgrade_schema_003.indicators VALUES ('criminal.debt_to_group', 'criminal', 'Schuld aan een criminele groep of persoon', 'Nationaal Rapporteur Mensenhandel, signalen criminele uitbuiting', 1, 28);
INSERT INTO upgrade_schema_003.indicators VALUES ('criminal.unexplained_money', 'criminal', 'Onverklaarbaar geld, dure kleding of telefoons', 'Nationaal Rapporteur Mensenhandel, signalen criminele uitbuiting', 1, 29);
INSERT INTO upgrade_schema_003.indicators VALUES ('criminal.school_absence', 'criminal', 'Schoolverzuim, vermissing of weglopen', 'Nationaal Rapporteur Mensenhandel, signalen criminele uitbuiting', 1, 30);
INSERT INTO upgrade_schema_003.indicators VALUES ('criminal.older_contacts', 'criminal', 'Contact met (veel) oudere personen uit het criminele milieu', 'Nationaal Rapporteur Mensenhandel, signalen criminele uitbuiting', 1, 31);
INSERT INTO upgrade_schema_003.indicators VALUES ('criminal.threats_violence', 'criminal', 'Bedreigd, afgeperst of mishandeld', 'Nationaal Rapporteur Mensenhandel, signalen criminele uitbuiting', 1, 32);
INSERT INTO upgrade_schema_003.indicators VALUES ('criminal.far_from_home', 'criminal', 'Aangehouden ver van de eigen woonplaats', 'Nationaal Rapporteur Mensenhandel, signalen criminele uitbuiting', 1, 33);
INSERT INTO upgrade_schema_003.indicators VALUES ('criminal.no_own_profit', 'criminal', 'Draagt opbrengst van delicten af aan anderen', 'UNODC, Human Trafficking Indicators', 1, 34);
INSERT INTO upgrade_schema_003.indicators VALUES ('organ.unexplained_surgery', 'organ', 'Onverklaarbaar litteken of recente operatie', 'UNODC, Human Trafficking Indicators', 1, 35);
INSERT INTO upgrade_schema_003.indicators VALUES ('organ.payment_for_organ', 'organ', 'Geld of schuldaflossing aangeboden voor een orgaan', 'UNODC, Human Trafficking Indicators', 1, 36);
INSERT INTO upgrade_schema_003.indicators VALUES ('organ.coerced_surrogacy', 'organ', 'Draagmoederschap onder dwang', 'CoMensha, Signalenlijst mensenhandel', 1, 37);


--
-- Data for Name: jobs; Type: TABLE DATA; Schema: upgrade_schema_003; Owner: -
--



--
-- Data for Name: municipalities; Type: TABLE DATA; Schema: upgrade_schema_003; Owner: -
--

INSERT INTO upgrade_schema_003.municipalities VALUES ('albrandswaard', 'Albrandswaard', 'Rotterdam-Rijnmond', 'zvh-rotterdam-rijnmond', 1);
INSERT INTO upgrade_schema_003.municipalities VALUES ('barendrecht', 'Barendrecht', 'Rotterdam-Rijnmond', 'zvh-rotterdam-rijnmond', 1);
INSERT INTO upgrade_schema_003.municipalities VALUES ('capelle-aan-den-ijssel', 'Capelle aan den IJssel', 'Rotterdam-Rijnmond', 'zvh-rotterdam-rijnmond', 1);
INSERT INTO upgrade_schema_003.municipalities VALUES ('goeree-overflakkee', 'Goeree-Overflakkee', 'Rotterdam-Rijnmond', 'zvh-rotterdam-rijnmond', 1);
INSERT INTO upgrade_schema_003.municipalities VALUES ('krimpen-aan-den-ijssel', 'Krimpen aan den IJssel', 'Rotterdam-Rijnmond', 'zvh-rotterdam-rijnmond', 1);
INSERT INTO upgrade_schema_003.municipalities VALUES ('lansingerland', 'Lansingerland', 'Rotterdam-Rijnmond', 'zvh-rotterdam-rijnmond', 1);
INSERT INTO upgrade_schema_003.municipalities VALUES ('maassluis', 'Maassluis', 'Rotterdam-Rijnmond', 'zvh-rotterdam-rijnmond', 1);
INSERT INTO upgrade_schema_003.municipalities VALUES ('nissewaard', 'Nissewaard', 'Rotterdam-Rijnmond', 'zvh-rotterdam-rijnmond', 1);
INSERT INTO upgrade_schema_003.municipalities VALUES ('ridderkerk', 'Ridderkerk', 'Rotterdam-Rijnmond', 'zvh-rotterdam-rijnmond', 1);
INSERT INTO upgrade_schema_003.municipalities VALUES ('rotterdam', 'Rotterdam', 'Rotterdam-Rijnmond', 'zvh-rotterdam-rijnmond', 1);
INSERT INTO upgrade_schema_003.municipalities VALUES ('schiedam', 'Schiedam', 'Rotterdam-Rijnmond', 'zvh-rotterdam-rijnmond', 1);
INSERT INTO upgrade_schema_003.municipalities VALUES ('vlaardingen', 'Vlaardingen', 'Rotterdam-Rijnmond', 'zvh-rotterdam-rijnmond', 1);
INSERT INTO upgrade_schema_003.municipalities VALUES ('voorne-aan-zee', 'Voorne aan Zee', 'Rotterdam-Rijnmond', 'zvh-rotterdam-rijnmond', 1);
INSERT INTO upgrade_schema_003.municipalities VALUES ('alblasserdam', 'Alblasserdam', 'Zuid-Holland-Zuid', 'zvh-zuid-holland-zuid', 1);
INSERT INTO upgrade_schema_003.municipalities VALUES ('dordrecht', 'Dordrecht', 'Zuid-Holland-Zuid', 'zvh-zuid-holland-zuid', 1);
INSERT INTO upgrade_schema_003.municipalities VALUES ('gorinchem', 'Gorinchem', 'Zuid-Holland-Zuid', 'zvh-zuid-holland-zuid', 1);
INSERT INTO upgrade_schema_003.municipalities VALUES ('hardinxveld-giessendam', 'Hardinxveld-Giessendam', 'Zuid-Holland-Zuid', 'zvh-zuid-holland-zuid', 1);
INSERT INTO upgrade_schema_003.municipalities VALUES ('hendrik-ido-ambacht', 'Hendrik-Ido-Ambacht', 'Zuid-Holland-Zuid', 'zvh-zuid-holland-zuid', 1);
INSERT INTO upgrade_schema_003.municipalities VALUES ('hoeksche-waard', 'Hoeksche Waard', 'Zuid-Holland-Zuid', 'zvh-zuid-holland-zuid', 1);
INSERT INTO upgrade_schema_003.municipalities VALUES ('molenlanden', 'Molenlanden', 'Zuid-Holland-Zuid', 'zvh-zuid-holland-zuid', 1);
INSERT INTO upgrade_schema_003.municipalities VALUES ('papendrecht', 'Papendrecht', 'Zuid-Holland-Zuid', 'zvh-zuid-holland-zuid', 1);
INSERT INTO upgrade_schema_003.municipalities VALUES ('sliedrecht', 'Sliedrecht', 'Zuid-Holland-Zuid', 'zvh-zuid-holland-zuid', 1);
INSERT INTO upgrade_schema_003.municipalities VALUES ('zwijndrecht', 'Zwijndrecht', 'Zuid-Holland-Zuid', 'zvh-zuid-holland-zuid', 1);


--
-- Data for Name: organisations; Type: TABLE DATA; Schema: upgrade_schema_003; Owner: -
--

INSERT INTO upgrade_schema_003.organisations VALUES ('gemeente-albrandswaard', 'Gemeente Albrandswaard', 'gemeente', 'Rotterdam-Rijnmond', 'albrandswaard', '', 1);
INSERT INTO upgrade_schema_003.organisations VALUES ('gemeente-barendrecht', 'Gemeente Barendrecht', 'gemeente', 'Rotterdam-Rijnmond', 'barendrecht', '', 1);
INSERT INTO upgrade_schema_003.organisations VALUES ('gemeente-capelle-aan-den-ijssel', 'Gemeente Capelle aan den IJssel', 'gemeente', 'Rotterdam-Rijnmond', 'capelle-aan-den-ijssel', '', 1);
INSERT INTO upgrade_schema_003.organisations VALUES ('gemeente-goeree-overflakkee', 'Gemeente Goeree-Overflakkee', 'gemeente', 'Rotterdam-Rijnmond', 'goeree-overflakkee', '', 1);
INSERT INTO upgrade_schema_003.organisations VALUES ('gemeente-krimpen-aan-den-ijssel', 'Gemeente Krimpen aan den IJssel', 'gemeente', 'Rotterdam-Rijnmond', 'krimpen-aan-den-ijssel', '', 1);
INSERT INTO upgrade_schema_003.organisations VALUES ('gemeente-lansingerland', 'Gemeente Lansingerland', 'gemeente', 'Rotterdam-Rijnmond', 'lansingerland', '', 1);
INSERT INTO upgrade_schema_003.organisations VALUES ('gemeente-maassluis', 'Gemeente Maassluis', 'gemeente', 'Rotterdam-Rijnmond', 'maassluis', '', 1);
INSERT INTO upgrade_schema_003.organisations VALUES ('gemeente-nissewaard', 'Gemeente Nissewaard', 'gemeente', 'Rotterdam-Rijnmond', 'nissewaard', '', 1);
INSERT INTO upgrade_schema_003.organisations VALUES ('gemeente-ridderkerk', 'Gemeente Ridderkerk', 'gemeente', 'Rotterdam-Rijnmond', 'ridderkerk', '', 1);
INSERT INTO upgrade_schema_003.organisations VALUES ('gemeente-rotterdam', 'Gemeente Rotterdam', 'gemeente', 'Rotterdam-Rijnmond', 'rotterdam', '', 1);
INSERT INTO upgrade_schema_003.organisations VALUES ('gemeente-schiedam', 'Gemeente Schiedam', 'gemeente', 'Rotterdam-Rijnmond', 'schiedam', '', 1);
INSERT INTO upgrade_schema_003.organisations VALUES ('gemeente-vlaardingen', 'Gemeente Vlaardingen', 'gemeente', 'Rotterdam-Rijnmond', 'vlaardingen', '', 1);
INSERT INTO upgrade_schema_003.organisations VALUES ('gemeente-voorne-aan-zee', 'Gemeente Voorne aan Zee', 'gemeente', 'Rotterdam-Rijnmond', 'voorne-aan-zee', '', 1);
INSERT INTO upgrade_schema_003.organisations VALUES ('gemeente-alblasserdam', 'Gemeente Alblasserdam', 'gemeente', 'Zuid-Holland-Zuid', 'alblasserdam', '', 1);
INSERT INTO upgrade_schema_003.organisations VALUES ('gemeente-dordrecht', 'Gemeente Dordrecht', 'gemeente', 'Zuid-Holland-Zuid', 'dordrecht', '', 1);
INSERT INTO upgrade_schema_003.organisations VALUES ('gemeente-gorinchem', 'Gemeente Gorinchem', 'gemeente', 'Zuid-Holland-Zuid', 'gorinchem', '', 1);
INSERT INTO upgrade_schema_003.organisations VALUES ('gemeente-hardinxveld-giessendam', 'Gemeente Hardinxveld-Giessendam', 'gemeente', 'Zuid-Holland-Zuid', 'hardinxveld-giessendam', '', 1);
INSERT INTO upgrade_schema_003.organisations VALUES ('gemeente-hendrik-ido-ambacht', 'Gemeente Hendrik-Ido-Ambacht', 'gemeente', 'Zuid-Holland-Zuid', 'hendrik-ido-ambacht', '', 1);
INSERT INTO upgrade_schema_003.organisations VALUES ('gemeente-hoeksche-waard', 'Gemeente Hoeksche Waard', 'gemeente', 'Zuid-Holland-Zuid', 'hoeksche-waard', '', 1);
INSERT INTO upgrade_schema_003.organisations VALUES ('gemeente-molenlanden', 'Gemeente Molenlanden', 'gemeente', 'Zuid-Holland-Zuid', 'molenlanden', '', 1);
INSERT INTO upgrade_schema_003.organisations VALUES ('gemeente-papendrecht', 'Gemeente Papendrecht', 'gemeente', 'Zuid-Holland-Zuid', 'papendrecht', '', 1);
INSERT INTO upgrade_schema_003.organisations VALUES ('gemeente-sliedrecht', 'Gemeente Sliedrecht', 'gemeente', 'Zuid-Holland-Zuid', 'sliedrecht', '', 1);
INSERT INTO upgrade_schema_003.organisations VALUES ('gemeente-zwijndrecht', 'Gemeente Zwijndrecht', 'gemeente', 'Zuid-Holland-Zuid', 'zwijndrecht', '', 1);
INSERT INTO upgrade_schema_003.organisations VALUES ('essm', 'Zorgcoördinatie mensenhandel (ESSM, Humanitas)', 'zorgcoordinatie', '', '', '7 dagen per week bereikbaar', 1);
INSERT INTO upgrade_schema_003.organisations VALUES ('zvh-rotterdam-rijnmond', 'Zorg- en Veiligheidshuis Rotterdam-Rijnmond', 'zvh', 'Rotterdam-Rijnmond', '', '', 1);
INSERT INTO upgrade_schema_003.organisations VALUES ('zvh-zuid-holland-zuid', 'Zorg- en Veiligheidshuis Zuid-Holland-Zuid', 'zvh', 'Zuid-Holland-Zuid', '', '', 1);
INSERT INTO upgrade_schema_003.organisations VALUES ('riec-rotterdam', 'RIEC Rotterdam', 'riec', '', '', '', 1);
INSERT INTO upgrade_schema_003.organisations VALUES ('politie-avim', 'Politie eenheid Rotterdam, AVIM', 'police', '', '', '', 1);
INSERT INTO upgrade_schema_003.organisations VALUES ('nla', 'Nederlandse Arbeidsinspectie', 'nla', '', '', '', 1);
INSERT INTO upgrade_schema_003.organisations VALUES ('veilig-thuis-rotterdam-rijnmond', 'Veilig Thuis Rotterdam Rijnmond', 'veilig_thuis', 'Rotterdam-Rijnmond', '', '', 1);
INSERT INTO upgrade_schema_003.organisations VALUES ('veilig-thuis-zuid-holland-zuid', 'Veilig Thuis Zuid-Holland-Zuid', 'veilig_thuis', 'Zuid-Holland-Zuid', '', '', 1);
INSERT INTO upgrade_schema_003.organisations VALUES ('kmar', 'Koninklijke Marechaussee', 'kmar', '', '', '', 1);
INSERT INTO upgrade_schema_003.organisations VALUES ('veiligheidsalliantie', 'VeiligheidsAlliantie regio Rotterdam (beleidsregie)', 'regie', '', '', '', 1);


--
-- Data for Name: persons; Type: TABLE DATA; Schema: upgrade_schema_003; Owner: -
--

INSERT INTO upgrade_schema_003.persons VALUES ('00363nqvv5nqroaitg5jfth1fs', '00363nqvv5cj6255bjl5o1tshk', 0, 'victim', 'Ilse Vanderfixture', '2001-04-12', NULL, 'female', 'RO', 'lawful', '06-11112222', 0);
INSERT INTO upgrade_schema_003.persons VALUES ('00363nqvv5ru12nrnq0ndd71r4', '00363nqvv5cj6255bjl5o1tshk', 1, 'suspect', 'Marco Fixtureman', '', 35, 'male', 'NL', 'lawful', 'Marktstraat 1', 0);
INSERT INTO upgrade_schema_003.persons VALUES ('00363nqvvapet22u1li9n5d2e0', '00363nqvvaod74kiii7i5mqem8', 0, 'victim', '', '', 41, 'male', 'PL', 'lawful', '', 0);
INSERT INTO upgrade_schema_003.persons VALUES ('00363nqvvd7rnuj1torpd9fpqo', '00363nqvvd67tkqid4boqefkhc', 0, 'victim', 'Kees Fixturebewoner', '1969-09-30', NULL, 'male', 'NL', 'lawful', '06-33334444', 0);
INSERT INTO upgrade_schema_003.persons VALUES ('00363nqvvd8m8vjfdg3dkmjea4', '00363nqvvd67tkqid4boqefkhc', 1, 'suspect', 'Dirk Fixturebaas', '', NULL, 'male', 'unknown', 'unknown', '', 0);
INSERT INTO upgrade_schema_003.persons VALUES ('00363nqvvepsmcu00rdv3tkckg', '00363nqvveoeuhceop0sjb5k58', 0, 'victim', 'Noor Fixturescholier', '2004-02-29', NULL, 'female', 'NL', 'lawful', '', 0);
INSERT INTO upgrade_schema_003.persons VALUES ('00363nqvvftelqs0635k3fo9so', '00363nqvvfrvms0s106fs0ij2o', 0, 'victim', 'Olena Fixtureplukker', '1990-07-07', NULL, 'female', 'UA', 'temporary', '', 0);
INSERT INTO upgrade_schema_003.persons VALUES ('00363nqvvg94gokfakq96d6mis', '00363nqvvg7th5d06j7e0glerk', 0, 'victim', 'Sem Fixturejongere', '2008-11-11', NULL, 'male', 'NL', 'lawful', '', 1);
INSERT INTO upgrade_schema_003.persons VALUES ('00363nqvvh6q1t9t4vfi0i036s', '00363nqvvh5rkb0smsm34r61o0', 0, 'victim', 'Mei Fixturemeisje', '2009-05-05', NULL, 'female', 'NL', 'lawful', '06-77778888', 1);
INSERT INTO upgrade_schema_003.persons VALUES ('00363nqvvh770a3g0srmh1q18g', '00363nqvvh5rkb0smsm34r61o0', 1, 'suspect', 'Rob Fixtureloverboy', '', 24, 'male', 'NL', 'lawful', '', 0);
INSERT INTO upgrade_schema_003.persons VALUES ('00363nqvvkjnvq8u9be0j58n3g', '00363nqvvkhfbtphucj1j8ai3c', 0, 'victim', 'Blessing Fixturevrouw', '1995-12-24', NULL, 'female', 'NG', 'none', '', 0);
INSERT INTO upgrade_schema_003.persons VALUES ('00363nqvvoj08d31g3vl3u3v0g', '00363nqvvoi5a8iq6kt5kirvt4', 0, 'victim', 'Piotr Fixturechauffeur', '1983-03-03', NULL, 'male', 'PL', 'lawful', '', 0);
INSERT INTO upgrade_schema_003.persons VALUES ('00363nqvvqsnd5u6f98oeh4q18', '00363nqvvqro4d8kvde585kdtg', 0, 'victim', 'Chloé Fixturemasseuse', '', 28, 'female', 'unknown', 'unknown', '', 0);
INSERT INTO upgrade_schema_003.persons VALUES ('00363nqvvr6kvcegca0eug0vqg', '00363nqvvr5j3qi7n24bl273co', 0, 'victim', 'Youssef Fixturerekening', '2003-01-15', NULL, 'male', 'NL', 'lawful', '', 0);
INSERT INTO upgrade_schema_003.persons VALUES ('00363nqvvr6vrk8ql6pu4gbihk', '00363nqvvr5j3qi7n24bl273co', 1, 'suspect', 'Tomasz Fixturegeldezel', '', 30, 'male', 'unknown', 'unknown', '', 0);
INSERT INTO upgrade_schema_003.persons VALUES ('00363nqvvt0d6lakrm5ue0to4g', '00363nqvvsuqhoae5f07l9670s', 0, 'victim', 'Ana Fixtureschoonmaakster', '1978-08-08', NULL, 'female', 'RO', 'lawful', '', 0);


--
-- Data for Name: referrals; Type: TABLE DATA; Schema: upgrade_schema_003; Owner: -
--

INSERT INTO upgrade_schema_003.referrals VALUES ('00363nqvv76pdotp66de03bd54', '00363nqvv6tgrn03b19atpjs7o', '00363nqvv5cj6255bjl5o1tshk', 'zvh-rotterdam-rijnmond', 'process_lead', 'accepted', '2025-03-03T12:00:00.000000Z', '2025-03-06T12:00:00.000000Z', '2025-03-03T17:00:00.000000Z', NULL, '', '', 2);
INSERT INTO upgrade_schema_003.referrals VALUES ('00363nqvv7am6bm7b17rt1ijjg', '00363nqvv6tgrn03b19atpjs7o', '00363nqvv5cj6255bjl5o1tshk', 'essm', 'care', 'accepted', '2025-03-03T12:00:00.000000Z', '2025-03-06T12:00:00.000000Z', '2025-03-04T03:00:00.000000Z', NULL, '', '', 2);
INSERT INTO upgrade_schema_003.referrals VALUES ('00363nqvv7bsp30oe5sn1lskjs', '00363nqvv6tgrn03b19atpjs7o', '00363nqvv5cj6255bjl5o1tshk', 'politie-avim', 'police', 'accepted', '2025-03-03T12:00:00.000000Z', '2025-03-06T12:00:00.000000Z', '2025-03-04T13:00:00.000000Z', NULL, '', '', 2);
INSERT INTO upgrade_schema_003.referrals VALUES ('00363nqvvb3i1vhrvgiaveneoo', '00363nqvvb28vjpa3mctrugpu4', '00363nqvvaod74kiii7i5mqem8', 'essm', 'care', 'declined', '2025-03-04T14:00:00.000000Z', '2025-03-07T14:00:00.000000Z', '2025-03-04T19:00:00.000000Z', NULL, 'Afwijzing upgradefixture: buiten onze doelgroep.', '', 2);
INSERT INTO upgrade_schema_003.referrals VALUES ('00363nqvvbv6vn4i69mrfslgvo', '00363nqvvb28vjpa3mctrugpu4', '00363nqvvaod74kiii7i5mqem8', 'essm', 're_referral', 'accepted', '2025-03-05T00:00:00.000000Z', '2025-03-10T00:00:00.000000Z', '2025-03-05T05:00:00.000000Z', NULL, '', 'Opnieuw voorgelegd (upgradefixture).', 2);
INSERT INTO upgrade_schema_003.referrals VALUES ('00363nqvvdmcj1hjem3eiehm5c', '00363nqvvdl2p7cv6csqpn0pag', '00363nqvvd67tkqid4boqefkhc', 'riec-rotterdam', 'undermining', 'accepted', '2025-03-05T16:00:00.000000Z', '2025-03-10T16:00:00.000000Z', '2025-03-05T21:00:00.000000Z', NULL, '', '', 2);
INSERT INTO upgrade_schema_003.referrals VALUES ('00363nqvvggt177c8kil62pnsk', '00363nqvvgfp763vrigand9idg', '00363nqvvg7th5d06j7e0glerk', 'zvh-rotterdam-rijnmond', 'process_lead', 'sent', '2025-03-08T22:00:00.000000Z', '2025-03-12T22:00:00.000000Z', NULL, NULL, '', '', 1);
INSERT INTO upgrade_schema_003.referrals VALUES ('00363nqvvghg3kbucjqm1abatg', '00363nqvvgfp763vrigand9idg', '00363nqvvg7th5d06j7e0glerk', 'essm', 'care', 'sent', '2025-03-08T22:00:00.000000Z', '2025-03-12T22:00:00.000000Z', NULL, NULL, '', '', 1);
INSERT INTO upgrade_schema_003.referrals VALUES ('00363nqvvhnjiccgakudpgrk2c', '00363nqvvhm8ecvbq56jd7q05c', '00363nqvvh5rkb0smsm34r61o0', 'essm', 'care', 'accepted', '2025-03-10T00:00:00.000000Z', '2025-03-13T00:00:00.000000Z', '2025-03-10T05:00:00.000000Z', NULL, '', '', 2);
INSERT INTO upgrade_schema_003.referrals VALUES ('00363nqvvho9tfuokeblvr3o10', '00363nqvvhm8ecvbq56jd7q05c', '00363nqvvh5rkb0smsm34r61o0', 'veilig-thuis-rotterdam-rijnmond', 'veilig_thuis', 'accepted', '2025-03-10T00:00:00.000000Z', '2025-03-13T00:00:00.000000Z', '2025-03-10T15:00:00.000000Z', NULL, '', '', 2);
INSERT INTO upgrade_schema_003.referrals VALUES ('00363nqvvmffcrt4edfs8i5o0k', '00363nqvvmcoj7jpevhgq2b8m0', '00363nqvvkhfbtphucj1j8ai3c', 'zvh-rotterdam-rijnmond', 'process_lead', 'sent', '2025-03-11T02:00:00.000000Z', '2025-03-14T02:00:00.000000Z', NULL, NULL, '', '', 1);
INSERT INTO upgrade_schema_003.referrals VALUES ('00363nqvvmg44ncflp8cdsm264', '00363nqvvmcoj7jpevhgq2b8m0', '00363nqvvkhfbtphucj1j8ai3c', 'essm', 'care', 'sent', '2025-03-11T02:00:00.000000Z', '2025-03-14T02:00:00.000000Z', NULL, NULL, '', '', 1);
INSERT INTO upgrade_schema_003.referrals VALUES ('00363nqvvmgm7o6m9i0qfogfu0', '00363nqvvmcoj7jpevhgq2b8m0', '00363nqvvkhfbtphucj1j8ai3c', 'politie-avim', 'police', 'closed', '2025-03-11T02:00:00.000000Z', '2025-03-14T02:00:00.000000Z', '2025-03-11T07:00:00.000000Z', '2025-03-11T17:00:00.000000Z', '', '', 3);
INSERT INTO upgrade_schema_003.referrals VALUES ('00363nqvvp7n7ru4uem8qctd5o', '00363nqvvp771s57dqpdcl704g', '00363nqvvoi5a8iq6kt5kirvt4', 'essm', 'care', 'accepted', '2025-03-12T04:00:00.000000Z', '2025-03-17T04:00:00.000000Z', '2025-03-12T09:00:00.000000Z', NULL, '', '', 2);
INSERT INTO upgrade_schema_003.referrals VALUES ('00363nqvvp84gd7tqq822mopok', '00363nqvvp771s57dqpdcl704g', '00363nqvvoi5a8iq6kt5kirvt4', 'nla', 'nla', 'accepted', '2025-03-12T04:00:00.000000Z', '2025-03-17T04:00:00.000000Z', '2025-03-12T14:00:00.000000Z', NULL, '', '', 2);
INSERT INTO upgrade_schema_003.referrals VALUES ('00363nqvvrffe840qj8ll9v0g8', '00363nqvvreop6g46p9847nads', '00363nqvvr5j3qi7n24bl273co', 'riec-rotterdam', 'undermining', 'accepted', '2025-03-14T08:00:00.000000Z', '2025-03-19T08:00:00.000000Z', '2025-03-14T13:00:00.000000Z', NULL, '', '', 2);


--
-- Data for Name: reminders; Type: TABLE DATA; Schema: upgrade_schema_003; Owner: -
--



--
-- Data for Name: schema_migrations; Type: TABLE DATA; Schema: upgrade_schema_003; Owner: -
--

INSERT INTO upgrade_schema_003.schema_migrations VALUES (1, '2026-12-05T09:11:15.452550Z');
INSERT INTO upgrade_schema_003.schema_migrations VALUES (2, '2026-12-05T09:11:15.477644Z');
INSERT INTO upgrade_schema_003.schema_migrations VALUES (3, '2026-12-05T09:11:15.488067Z');


--
-- Data for Name: sectors; Type: TABLE DATA; Schema: upgrade_schema_003; Owner: -
--

INSERT INTO upgrade_schema_003.sectors VALUES ('window', 'sexual', 'Raamprostitutie', 'visible', 1, 0);
INSERT INTO upgrade_schema_003.sectors VALUES ('club', 'sexual', 'Club of privéhuis (vergund)', 'visible', 1, 1);
INSERT INTO upgrade_schema_003.sectors VALUES ('escort', 'sexual', 'Escort', 'less_visible', 1, 2);
INSERT INTO upgrade_schema_003.sectors VALUES ('home', 'sexual', 'Thuisprostitutie', 'less_visible', 1, 3);
INSERT INTO upgrade_schema_003.sectors VALUES ('online', 'sexual', 'Online (advertenties, webcam)', 'less_visible', 1, 4);
INSERT INTO upgrade_schema_003.sectors VALUES ('hotel', 'sexual', 'Hotel of vakantiewoning', 'less_visible', 1, 5);
INSERT INTO upgrade_schema_003.sectors VALUES ('massage', 'sexual', 'Massagesalon (onvergund)', 'less_visible', 1, 6);
INSERT INTO upgrade_schema_003.sectors VALUES ('drug_trade', 'criminal', 'Drugshandel en -koerierswerk', '', 1, 7);
INSERT INTO upgrade_schema_003.sectors VALUES ('drug_production', 'criminal', 'Drugsproductie (hennep, synthetisch)', '', 1, 8);
INSERT INTO upgrade_schema_003.sectors VALUES ('shoplifting', 'criminal', 'Winkeldiefstal', '', 1, 9);
INSERT INTO upgrade_schema_003.sectors VALUES ('begging', 'criminal', 'Bedelarij', '', 1, 10);
INSERT INTO upgrade_schema_003.sectors VALUES ('financial_fraud', 'criminal', 'Bank- en identiteitsfraude', '', 1, 11);
INSERT INTO upgrade_schema_003.sectors VALUES ('agriculture', 'labour', 'Land- en tuinbouw', '', 1, 12);
INSERT INTO upgrade_schema_003.sectors VALUES ('construction', 'labour', 'Bouw', '', 1, 13);
INSERT INTO upgrade_schema_003.sectors VALUES ('logistics', 'labour', 'Distributie en logistiek', '', 1, 14);
INSERT INTO upgrade_schema_003.sectors VALUES ('hospitality', 'labour', 'Horeca', '', 1, 15);
INSERT INTO upgrade_schema_003.sectors VALUES ('cleaning', 'labour', 'Schoonmaak', '', 1, 16);
INSERT INTO upgrade_schema_003.sectors VALUES ('food_processing', 'labour', 'Vleesverwerking en voedingsindustrie', '', 1, 17);
INSERT INTO upgrade_schema_003.sectors VALUES ('domestic_work', 'labour', 'Huishoudelijk werk', '', 1, 18);
INSERT INTO upgrade_schema_003.sectors VALUES ('beauty', 'labour', 'Nagel- en schoonheidssalon', '', 1, 19);
INSERT INTO upgrade_schema_003.sectors VALUES ('shipping', 'labour', 'Scheepvaart en haven', '', 1, 20);
INSERT INTO upgrade_schema_003.sectors VALUES ('medical', 'organ', 'Medische setting', '', 1, 21);
INSERT INTO upgrade_schema_003.sectors VALUES ('other', '', 'Anders', '', 1, 22);


--
-- Data for Name: sessions; Type: TABLE DATA; Schema: upgrade_schema_003; Owner: -
--



--
-- Data for Name: signals; Type: TABLE DATA; Schema: upgrade_schema_003; Owner: -
--

INSERT INTO upgrade_schema_003.signals VALUES ('00363nqvv5cj6255bjl5o1tshk', 'rotterdam', '2025-03-01', 'sexual', 'sexual.debt', 'escort', 0, 'Upgradeverslag Anjer: een jonge vrouw wordt dagelijks opgehaald door wisselende mannen.', 'Ulrike Upgrademelder', 'Wijkteam Noord', '010-5550101', 'ulrike.upgrade@example.nl', '00363nqvur6vhpl0amtmdu15o0', '2025-03-03T09:00:00.000000Z', '2025-03-10T09:00:00.000000Z', 'triaged', 0, 'care_and_criminal', 'police', 'Beoordeling upgradefixture: indicatoren en gesprek met de melder.', '2025-03-03T12:00:00.000000Z', '00363nqvus826k98g70ptek2os', 0, 2);
INSERT INTO upgrade_schema_003.signals VALUES ('00363nqvvaod74kiii7i5mqem8', 'rotterdam', '2025-03-02', 'labour', 'labour.retention_of_documents', 'construction', 0, 'Upgradeverslag Berk: twaalf werknemers slapen in één woning.', 'Bart Bouwtoezicht', 'Toezicht en handhaving', '', '', '00363nqvur6vhpl0amtmdu15o0', '2025-03-04T11:00:00.000000Z', '2025-03-11T11:00:00.000000Z', 'triaged', 0, 'care', '', 'Beoordeling upgradefixture: indicatoren en gesprek met de melder.', '2025-03-04T14:00:00.000000Z', '00363nqvus826k98g70ptek2os', 0, 4);
INSERT INTO upgrade_schema_003.signals VALUES ('00363nqvvd67tkqid4boqefkhc', 'rotterdam', '2025-03-03', 'criminal', '', 'drug_production', 0, 'Upgradeverslag Cipres: hennepkwekerij in een woning onder druk beschikbaar gesteld.', 'Cora Corporatie', 'Woningcorporatie', '010-5550303', '', '00363nqvur6vhpl0amtmdu15o0', '2025-03-05T13:00:00.000000Z', '2025-03-12T13:00:00.000000Z', 'triaged', 0, 'undermining', '', 'Beoordeling upgradefixture: indicatoren en gesprek met de melder.', '2025-03-05T16:00:00.000000Z', '00363nqvus826k98g70ptek2os', 0, 2);
INSERT INTO upgrade_schema_003.signals VALUES ('00363nqvveoeuhceop0sjb5k58', 'rotterdam', '2025-03-04', 'sexual', '', '', 0, 'Upgradeverslag Dahlia: zorg over een vriendschap, geen aanwijzingen voor dwang.', 'Dina Docent', 'Leerplicht', '', 'dina.docent@example.nl', '00363nqvur6vhpl0amtmdu15o0', '2025-03-06T15:00:00.000000Z', '2025-03-13T15:00:00.000000Z', 'closed', 0, 'none', '', 'Geen aanwijzingen voor uitbuiting na navraag (upgradefixture).', '2025-03-06T18:00:00.000000Z', '00363nqvus826k98g70ptek2os', 0, 2);
INSERT INTO upgrade_schema_003.signals VALUES ('00363nqvvfrvms0s106fs0ij2o', 'rotterdam', '2025-03-05', 'labour', '', 'agriculture', 1, 'Upgradeverslag Eik: werknemers mogen het terrein niet af.', 'Erik Erfbetreder', 'Wijkagent', '010-5550505', '', '00363nqvur6vhpl0amtmdu15o0', '2025-03-07T17:00:00.000000Z', '2025-03-14T17:00:00.000000Z', 'new', 0, '', '', '', NULL, NULL, 0, 1);
INSERT INTO upgrade_schema_003.signals VALUES ('00363nqvvg7th5d06j7e0glerk', 'rotterdam', '2025-03-06', 'criminal', '', 'shoplifting', 0, 'Upgradeverslag Fuchsia: jongere steelt op bestelling.', 'Femke Fixturewerker', 'Jeugdzorg', '', '', '00363nqvur6vhpl0amtmdu15o0', '2025-03-08T19:00:00.000000Z', '2025-03-14T19:00:00.000000Z', 'triaged', 1, 'care_and_criminal', '', 'Beoordeling upgradefixture: indicatoren en gesprek met de melder.', '2025-03-08T22:00:00.000000Z', '00363nqvus826k98g70ptek2os', 0, 2);
INSERT INTO upgrade_schema_003.signals VALUES ('00363nqvvh5rkb0smsm34r61o0', 'rotterdam', '2025-03-07', 'sexual', '', 'online', 0, 'Upgradeverslag Gerbera: een scholier krijgt cadeaus van een oudere man.', 'Gijs Gymleraar', 'Leerplicht', '010-5550707', '', '00363nqvur6vhpl0amtmdu15o0', '2025-03-09T21:00:00.000000Z', '2025-03-14T21:00:00.000000Z', 'closed', 1, 'care', 'veilig_thuis', 'Beoordeling upgradefixture: indicatoren en gesprek met de melder.', '2025-03-10T00:00:00.000000Z', '00363nqvus826k98g70ptek2os', 0, 3);
INSERT INTO upgrade_schema_003.signals VALUES ('00363nqvvkhfbtphucj1j8ai3c', 'rotterdam', '2025-03-08', 'organ', '', '', 0, 'Upgradeverslag Hortensia: geld aangeboden voor draagmoederschap onder bedreiging.', 'Hanna Huisarts', 'Huisartsenpraktijk', '', '', '00363nqvur6vhpl0amtmdu15o0', '2025-03-10T23:00:00.000000Z', '2025-03-17T23:00:00.000000Z', 'triaged', 0, 'care_and_criminal', 'police', 'Beoordeling upgradefixture: indicatoren en gesprek met de melder.', '2025-03-11T02:00:00.000000Z', '00363nqvus826k98g70ptek2os', 0, 2);
INSERT INTO upgrade_schema_003.signals VALUES ('00363nqvvoi5a8iq6kt5kirvt4', 'dordrecht', '2025-03-10', 'labour', '', 'logistics', 0, 'Upgradeverslag Iris: paspoorten liggen bij de uitzender.', 'Ingrid Inspecteur', 'Toezicht en handhaving', '078-5550909', '', '00363nqvur6vhpl0amtmdu15o0', '2025-03-12T01:00:00.000000Z', '2025-03-19T01:00:00.000000Z', 'triaged', 0, 'care', 'nla', 'Beoordeling upgradefixture: indicatoren en gesprek met de melder.', '2025-03-12T04:00:00.000000Z', '00363nqvv1i6su1pkit7qm3hnc', 0, 2);
INSERT INTO upgrade_schema_003.signals VALUES ('00363nqvvqro4d8kvde585kdtg', 'dordrecht', '2025-03-11', 'sexual', '', 'massage', 0, 'Upgradeverslag Jasmijn: een salon waar vrouwen wonen en werken.', 'Jan Jurist', 'Schuldhulpverlening', '', '', '00363nqvur6vhpl0amtmdu15o0', '2025-03-13T03:00:00.000000Z', '2025-03-20T03:00:00.000000Z', 'new', 0, '', '', '', NULL, NULL, 0, 1);
INSERT INTO upgrade_schema_003.signals VALUES ('00363nqvvr5j3qi7n24bl273co', 'dordrecht', '2025-03-12', 'criminal', '', 'financial_fraud', 0, 'Upgradeverslag Klaproos: bankpas van een jongere wordt gebruikt.', 'Karel Kassier', 'Bank', '', '', '00363nqvur6vhpl0amtmdu15o0', '2025-03-14T05:00:00.000000Z', '2025-03-21T05:00:00.000000Z', 'triaged', 0, 'undermining', '', 'Beoordeling upgradefixture: indicatoren en gesprek met de melder.', '2025-03-14T08:00:00.000000Z', '00363nqvv1i6su1pkit7qm3hnc', 0, 2);
INSERT INTO upgrade_schema_003.signals VALUES ('00363nqvvsuqhoae5f07l9670s', 'dordrecht', '2025-03-13', 'labour', '', 'cleaning', 0, 'Upgradeverslag Lelie: navraag leverde geen aanwijzingen op.', 'Lotte Lerares', 'Wijkteam', '', '', '00363nqvur6vhpl0amtmdu15o0', '2025-03-15T07:00:00.000000Z', '2025-03-21T07:00:00.000000Z', 'closed', 0, 'none', '', 'Geen aanwijzingen voor uitbuiting na navraag (upgradefixture).', '2025-03-15T10:00:00.000000Z', '00363nqvv1i6su1pkit7qm3hnc', 0, 2);


--
-- Data for Name: user_municipalities; Type: TABLE DATA; Schema: upgrade_schema_003; Owner: -
--

INSERT INTO upgrade_schema_003.user_municipalities VALUES ('00363nqvus826k98g70ptek2os', 'rotterdam');
INSERT INTO upgrade_schema_003.user_municipalities VALUES ('00363nqvuul78k6mpp5iphdpoo', 'rotterdam');
INSERT INTO upgrade_schema_003.user_municipalities VALUES ('00363nqvv001avhiasn4qm027c', 'alblasserdam');
INSERT INTO upgrade_schema_003.user_municipalities VALUES ('00363nqvv0gnj3vh34a8mlktv4', 'albrandswaard');
INSERT INTO upgrade_schema_003.user_municipalities VALUES ('00363nqvv102q5oth6d8h9fa5c', 'barendrecht');
INSERT INTO upgrade_schema_003.user_municipalities VALUES ('00363nqvv173fr7jtj3qq24o34', 'capelle-aan-den-ijssel');
INSERT INTO upgrade_schema_003.user_municipalities VALUES ('00363nqvv1i6su1pkit7qm3hnc', 'dordrecht');
INSERT INTO upgrade_schema_003.user_municipalities VALUES ('00363nqvv1vcfqafrbu450omvc', 'goeree-overflakkee');
INSERT INTO upgrade_schema_003.user_municipalities VALUES ('00363nqvv261rhnk6rf2gnooa4', 'gorinchem');
INSERT INTO upgrade_schema_003.user_municipalities VALUES ('00363nqvv2aqjbm89p5u4fat8g', 'hardinxveld-giessendam');
INSERT INTO upgrade_schema_003.user_municipalities VALUES ('00363nqvv2jm0dfq2lit7tf960', 'hendrik-ido-ambacht');
INSERT INTO upgrade_schema_003.user_municipalities VALUES ('00363nqvv2rds9p0shcb7vv21k', 'hoeksche-waard');
INSERT INTO upgrade_schema_003.user_municipalities VALUES ('00363nqvv35tkqlj2a8vl67bl8', 'krimpen-aan-den-ijssel');
INSERT INTO upgrade_schema_003.user_municipalities VALUES ('00363nqvv3bvns1ghr2u9d5r50', 'lansingerland');
INSERT INTO upgrade_schema_003.user_municipalities VALUES ('00363nqvv3gn8tpo6stmb140ng', 'maassluis');
INSERT INTO upgrade_schema_003.user_municipalities VALUES ('00363nqvv3p0buu556bu29mnhg', 'molenlanden');
INSERT INTO upgrade_schema_003.user_municipalities VALUES ('00363nqvv3ttfvoidbuag1ejm0', 'nissewaard');
INSERT INTO upgrade_schema_003.user_municipalities VALUES ('00363nqvv41qmmqcv6m2e89qvk', 'papendrecht');
INSERT INTO upgrade_schema_003.user_municipalities VALUES ('00363nqvv4bgpodp04ge1fafuk', 'ridderkerk');
INSERT INTO upgrade_schema_003.user_municipalities VALUES ('00363nqvv4ernp0jplgmqstavc', 'schiedam');
INSERT INTO upgrade_schema_003.user_municipalities VALUES ('00363nqvv4ho0intd6hfps90ok', 'sliedrecht');
INSERT INTO upgrade_schema_003.user_municipalities VALUES ('00363nqvv4kmbvbtbr655v5uss', 'vlaardingen');
INSERT INTO upgrade_schema_003.user_municipalities VALUES ('00363nqvv51pfdt9ocl7eraoi8', 'voorne-aan-zee');
INSERT INTO upgrade_schema_003.user_municipalities VALUES ('00363nqvv55f2gncs96l89glp4', 'zwijndrecht');


--
-- Data for Name: users; Type: TABLE DATA; Schema: upgrade_schema_003; Owner: -
--

INSERT INTO upgrade_schema_003.users VALUES ('00363nqvur6vhpl0amtmdu15o0', 'Mila de Melder', 'melder@schakel.demo', 'melder', 'gemeente-rotterdam', '$argon2id$v=19$m=19456,t=2,p=1$KAgKBOKxnlWHUJ/aNktwOw$vuDzassanIET1/4OjkXfDJdHaHp4CtU6k5iBBGsnINA', 1, '2023-02-24T09:00:00.000000Z');
INSERT INTO upgrade_schema_003.users VALUES ('00363nqvus826k98g70ptek2os', 'Anna Aandacht', 'af@schakel.demo', 'aandachtsfunctionaris', 'gemeente-rotterdam', '$argon2id$v=19$m=19456,t=2,p=1$KAgKBOKxnlWHUJ/aNktwOw$vuDzassanIET1/4OjkXfDJdHaHp4CtU6k5iBBGsnINA', 1, '2023-02-24T09:00:00.000000Z');
INSERT INTO upgrade_schema_003.users VALUES ('00363nqvushotcmap4fpneuil4', 'Zeynep Zorg', 'zorg@schakel.demo', 'zorgcoordinator', 'essm', '$argon2id$v=19$m=19456,t=2,p=1$KAgKBOKxnlWHUJ/aNktwOw$vuDzassanIET1/4OjkXfDJdHaHp4CtU6k5iBBGsnINA', 1, '2023-02-24T09:00:00.000000Z');
INSERT INTO upgrade_schema_003.users VALUES ('00363nqvusn76hri16v44p95gc', 'Victor Veiligheidshuis', 'zvh@schakel.demo', 'zvh', 'zvh-rotterdam-rijnmond', '$argon2id$v=19$m=19456,t=2,p=1$KAgKBOKxnlWHUJ/aNktwOw$vuDzassanIET1/4OjkXfDJdHaHp4CtU6k5iBBGsnINA', 1, '2023-02-24T09:00:00.000000Z');
INSERT INTO upgrade_schema_003.users VALUES ('00363nqvust7ud6n5b02m5r6ag', 'Zoë Zuid', 'zvh-zhz@schakel.demo', 'zvh', 'zvh-zuid-holland-zuid', '$argon2id$v=19$m=19456,t=2,p=1$KAgKBOKxnlWHUJ/aNktwOw$vuDzassanIET1/4OjkXfDJdHaHp4CtU6k5iBBGsnINA', 1, '2023-02-24T09:00:00.000000Z');
INSERT INTO upgrade_schema_003.users VALUES ('00363nqvut16mvuhh3s4ggfr1s', 'Rik RIEC', 'riec@schakel.demo', 'riec', 'riec-rotterdam', '$argon2id$v=19$m=19456,t=2,p=1$KAgKBOKxnlWHUJ/aNktwOw$vuDzassanIET1/4OjkXfDJdHaHp4CtU6k5iBBGsnINA', 1, '2023-02-24T09:00:00.000000Z');
INSERT INTO upgrade_schema_003.users VALUES ('00363nqvut9o5ho4hpl2jdc5hs', 'Paula Politie', 'politie@schakel.demo', 'partner', 'politie-avim', '$argon2id$v=19$m=19456,t=2,p=1$KAgKBOKxnlWHUJ/aNktwOw$vuDzassanIET1/4OjkXfDJdHaHp4CtU6k5iBBGsnINA', 1, '2023-02-24T09:00:00.000000Z');
INSERT INTO upgrade_schema_003.users VALUES ('00363nqvutebfpbvlpn8p5j1hg', 'Noah Arbeidsinspectie', 'nla@schakel.demo', 'partner', 'nla', '$argon2id$v=19$m=19456,t=2,p=1$KAgKBOKxnlWHUJ/aNktwOw$vuDzassanIET1/4OjkXfDJdHaHp4CtU6k5iBBGsnINA', 1, '2023-02-24T09:00:00.000000Z');
INSERT INTO upgrade_schema_003.users VALUES ('00363nqvutkf0i3a63qc2c58ak', 'Vera Veilig Thuis', 'vt@schakel.demo', 'partner', 'veilig-thuis-rotterdam-rijnmond', '$argon2id$v=19$m=19456,t=2,p=1$KAgKBOKxnlWHUJ/aNktwOw$vuDzassanIET1/4OjkXfDJdHaHp4CtU6k5iBBGsnINA', 1, '2023-02-24T09:00:00.000000Z');
INSERT INTO upgrade_schema_003.users VALUES ('00363nqvuu9r9nnpn11iq42bkc', 'Vince Veilig Thuis', 'vt-zhz@schakel.demo', 'partner', 'veilig-thuis-zuid-holland-zuid', '$argon2id$v=19$m=19456,t=2,p=1$KAgKBOKxnlWHUJ/aNktwOw$vuDzassanIET1/4OjkXfDJdHaHp4CtU6k5iBBGsnINA', 1, '2023-02-24T09:00:00.000000Z');
INSERT INTO upgrade_schema_003.users VALUES ('00363nqvuugpnovj4u6v7s1940', 'Karim Marechaussee', 'kmar@schakel.demo', 'partner', 'kmar', '$argon2id$v=19$m=19456,t=2,p=1$KAgKBOKxnlWHUJ/aNktwOw$vuDzassanIET1/4OjkXfDJdHaHp4CtU6k5iBBGsnINA', 1, '2023-02-24T09:00:00.000000Z');
INSERT INTO upgrade_schema_003.users VALUES ('00363nqvuul78k6mpp5iphdpoo', 'Tessa Toezicht', 'toezicht@schakel.demo', 'toezichthouder', 'gemeente-rotterdam', '$argon2id$v=19$m=19456,t=2,p=1$KAgKBOKxnlWHUJ/aNktwOw$vuDzassanIET1/4OjkXfDJdHaHp4CtU6k5iBBGsnINA', 1, '2023-02-24T09:00:00.000000Z');
INSERT INTO upgrade_schema_003.users VALUES ('00363nqvuv5a7uchiuk8e5b3d0', 'Bram Beleidsregie', 'regie@schakel.demo', 'beleidsregisseur', 'veiligheidsalliantie', '$argon2id$v=19$m=19456,t=2,p=1$KAgKBOKxnlWHUJ/aNktwOw$vuDzassanIET1/4OjkXfDJdHaHp4CtU6k5iBBGsnINA', 1, '2023-02-24T09:00:00.000000Z');
INSERT INTO upgrade_schema_003.users VALUES ('00363nqvuv90k7m5s123bilel0', 'Bea Beheer', 'beheer@schakel.demo', 'beheerder', 'veiligheidsalliantie', '$argon2id$v=19$m=19456,t=2,p=1$KAgKBOKxnlWHUJ/aNktwOw$vuDzassanIET1/4OjkXfDJdHaHp4CtU6k5iBBGsnINA', 1, '2023-02-24T09:00:00.000000Z');
INSERT INTO upgrade_schema_003.users VALUES ('00363nqvuvph7roqfauc3pe6s0', 'Fien Functionaris', 'privacy@schakel.demo', 'privacy', 'veiligheidsalliantie', '$argon2id$v=19$m=19456,t=2,p=1$KAgKBOKxnlWHUJ/aNktwOw$vuDzassanIET1/4OjkXfDJdHaHp4CtU6k5iBBGsnINA', 1, '2023-02-24T09:00:00.000000Z');
INSERT INTO upgrade_schema_003.users VALUES ('00363nqvv001avhiasn4qm027c', 'AF Alblasserdam', 'af-alblasserdam@schakel.demo', 'aandachtsfunctionaris', 'gemeente-alblasserdam', '$argon2id$v=19$m=19456,t=2,p=1$KAgKBOKxnlWHUJ/aNktwOw$vuDzassanIET1/4OjkXfDJdHaHp4CtU6k5iBBGsnINA', 1, '2023-02-24T09:00:00.000000Z');
INSERT INTO upgrade_schema_003.users VALUES ('00363nqvv0gnj3vh34a8mlktv4', 'AF Albrandswaard', 'af-albrandswaard@schakel.demo', 'aandachtsfunctionaris', 'gemeente-albrandswaard', '$argon2id$v=19$m=19456,t=2,p=1$KAgKBOKxnlWHUJ/aNktwOw$vuDzassanIET1/4OjkXfDJdHaHp4CtU6k5iBBGsnINA', 1, '2023-02-24T09:00:00.000000Z');
INSERT INTO upgrade_schema_003.users VALUES ('00363nqvv102q5oth6d8h9fa5c', 'AF Barendrecht', 'af-barendrecht@schakel.demo', 'aandachtsfunctionaris', 'gemeente-barendrecht', '$argon2id$v=19$m=19456,t=2,p=1$KAgKBOKxnlWHUJ/aNktwOw$vuDzassanIET1/4OjkXfDJdHaHp4CtU6k5iBBGsnINA', 1, '2023-02-24T09:00:00.000000Z');
INSERT INTO upgrade_schema_003.users VALUES ('00363nqvv173fr7jtj3qq24o34', 'AF Capelle aan den IJssel', 'af-capelle-aan-den-ijssel@schakel.demo', 'aandachtsfunctionaris', 'gemeente-capelle-aan-den-ijssel', '$argon2id$v=19$m=19456,t=2,p=1$KAgKBOKxnlWHUJ/aNktwOw$vuDzassanIET1/4OjkXfDJdHaHp4CtU6k5iBBGsnINA', 1, '2023-02-24T09:00:00.000000Z');
INSERT INTO upgrade_schema_003.users VALUES ('00363nqvv1i6su1pkit7qm3hnc', 'AF Dordrecht', 'af-dordrecht@schakel.demo', 'aandachtsfunctionaris', 'gemeente-dordrecht', '$argon2id$v=19$m=19456,t=2,p=1$KAgKBOKxnlWHUJ/aNktwOw$vuDzassanIET1/4OjkXfDJdHaHp4CtU6k5iBBGsnINA', 1, '2023-02-24T09:00:00.000000Z');
INSERT INTO upgrade_schema_003.users VALUES ('00363nqvv1vcfqafrbu450omvc', 'AF Goeree-Overflakkee', 'af-goeree-overflakkee@schakel.demo', 'aandachtsfunctionaris', 'gemeente-goeree-overflakkee', '$argon2id$v=19$m=19456,t=2,p=1$KAgKBOKxnlWHUJ/aNktwOw$vuDzassanIET1/4OjkXfDJdHaHp4CtU6k5iBBGsnINA', 1, '2023-02-24T09:00:00.000000Z');
INSERT INTO upgrade_schema_003.users VALUES ('00363nqvv261rhnk6rf2gnooa4', 'AF Gorinchem', 'af-gorinchem@schakel.demo', 'aandachtsfunctionaris', 'gemeente-gorinchem', '$argon2id$v=19$m=19456,t=2,p=1$KAgKBOKxnlWHUJ/aNktwOw$vuDzassanIET1/4OjkXfDJdHaHp4CtU6k5iBBGsnINA', 1, '2023-02-24T09:00:00.000000Z');
INSERT INTO upgrade_schema_003.users VALUES ('00363nqvv2aqjbm89p5u4fat8g', 'AF Hardinxveld-Giessendam', 'af-hardinxveld-giessendam@schakel.demo', 'aandachtsfunctionaris', 'gemeente-hardinxveld-giessendam', '$argon2id$v=19$m=19456,t=2,p=1$KAgKBOKxnlWHUJ/aNktwOw$vuDzassanIET1/4OjkXfDJdHaHp4CtU6k5iBBGsnINA', 1, '2023-02-24T09:00:00.000000Z');
INSERT INTO upgrade_schema_003.users VALUES ('00363nqvv2jm0dfq2lit7tf960', 'AF Hendrik-Ido-Ambacht', 'af-hendrik-ido-ambacht@schakel.demo', 'aandachtsfunctionaris', 'gemeente-hendrik-ido-ambacht', '$argon2id$v=19$m=19456,t=2,p=1$KAgKBOKxnlWHUJ/aNktwOw$vuDzassanIET1/4OjkXfDJdHaHp4CtU6k5iBBGsnINA', 1, '2023-02-24T09:00:00.000000Z');
INSERT INTO upgrade_schema_003.users VALUES ('00363nqvv2rds9p0shcb7vv21k', 'AF Hoeksche Waard', 'af-hoeksche-waard@schakel.demo', 'aandachtsfunctionaris', 'gemeente-hoeksche-waard', '$argon2id$v=19$m=19456,t=2,p=1$KAgKBOKxnlWHUJ/aNktwOw$vuDzassanIET1/4OjkXfDJdHaHp4CtU6k5iBBGsnINA', 1, '2023-02-24T09:00:00.000000Z');
INSERT INTO upgrade_schema_003.users VALUES ('00363nqvv35tkqlj2a8vl67bl8', 'AF Krimpen aan den IJssel', 'af-krimpen-aan-den-ijssel@schakel.demo', 'aandachtsfunctionaris', 'gemeente-krimpen-aan-den-ijssel', '$argon2id$v=19$m=19456,t=2,p=1$KAgKBOKxnlWHUJ/aNktwOw$vuDzassanIET1/4OjkXfDJdHaHp4CtU6k5iBBGsnINA', 1, '2023-02-24T09:00:00.000000Z');
INSERT INTO upgrade_schema_003.users VALUES ('00363nqvv3bvns1ghr2u9d5r50', 'AF Lansingerland', 'af-lansingerland@schakel.demo', 'aandachtsfunctionaris', 'gemeente-lansingerland', '$argon2id$v=19$m=19456,t=2,p=1$KAgKBOKxnlWHUJ/aNktwOw$vuDzassanIET1/4OjkXfDJdHaHp4CtU6k5iBBGsnINA', 1, '2023-02-24T09:00:00.000000Z');
INSERT INTO upgrade_schema_003.users VALUES ('00363nqvv3gn8tpo6stmb140ng', 'AF Maassluis', 'af-maassluis@schakel.demo', 'aandachtsfunctionaris', 'gemeente-maassluis', '$argon2id$v=19$m=19456,t=2,p=1$KAgKBOKxnlWHUJ/aNktwOw$vuDzassanIET1/4OjkXfDJdHaHp4CtU6k5iBBGsnINA', 1, '2023-02-24T09:00:00.000000Z');
INSERT INTO upgrade_schema_003.users VALUES ('00363nqvv3p0buu556bu29mnhg', 'AF Molenlanden', 'af-molenlanden@schakel.demo', 'aandachtsfunctionaris', 'gemeente-molenlanden', '$argon2id$v=19$m=19456,t=2,p=1$KAgKBOKxnlWHUJ/aNktwOw$vuDzassanIET1/4OjkXfDJdHaHp4CtU6k5iBBGsnINA', 1, '2023-02-24T09:00:00.000000Z');
INSERT INTO upgrade_schema_003.users VALUES ('00363nqvv3ttfvoidbuag1ejm0', 'AF Nissewaard', 'af-nissewaard@schakel.demo', 'aandachtsfunctionaris', 'gemeente-nissewaard', '$argon2id$v=19$m=19456,t=2,p=1$KAgKBOKxnlWHUJ/aNktwOw$vuDzassanIET1/4OjkXfDJdHaHp4CtU6k5iBBGsnINA', 1, '2023-02-24T09:00:00.000000Z');
INSERT INTO upgrade_schema_003.users VALUES ('00363nqvv41qmmqcv6m2e89qvk', 'AF Papendrecht', 'af-papendrecht@schakel.demo', 'aandachtsfunctionaris', 'gemeente-papendrecht', '$argon2id$v=19$m=19456,t=2,p=1$KAgKBOKxnlWHUJ/aNktwOw$vuDzassanIET1/4OjkXfDJdHaHp4CtU6k5iBBGsnINA', 1, '2023-02-24T09:00:00.000000Z');
INSERT INTO upgrade_schema_003.users VALUES ('00363nqvv4bgpodp04ge1fafuk', 'AF Ridderkerk', 'af-ridderkerk@schakel.demo', 'aandachtsfunctionaris', 'gemeente-ridderkerk', '$argon2id$v=19$m=19456,t=2,p=1$KAgKBOKxnlWHUJ/aNktwOw$vuDzassanIET1/4OjkXfDJdHaHp4CtU6k5iBBGsnINA', 1, '2023-02-24T09:00:00.000000Z');
INSERT INTO upgrade_schema_003.users VALUES ('00363nqvv4ernp0jplgmqstavc', 'AF Schiedam', 'af-schiedam@schakel.demo', 'aandachtsfunctionaris', 'gemeente-schiedam', '$argon2id$v=19$m=19456,t=2,p=1$KAgKBOKxnlWHUJ/aNktwOw$vuDzassanIET1/4OjkXfDJdHaHp4CtU6k5iBBGsnINA', 1, '2023-02-24T09:00:00.000000Z');
INSERT INTO upgrade_schema_003.users VALUES ('00363nqvv4ho0intd6hfps90ok', 'AF Sliedrecht', 'af-sliedrecht@schakel.demo', 'aandachtsfunctionaris', 'gemeente-sliedrecht', '$argon2id$v=19$m=19456,t=2,p=1$KAgKBOKxnlWHUJ/aNktwOw$vuDzassanIET1/4OjkXfDJdHaHp4CtU6k5iBBGsnINA', 1, '2023-02-24T09:00:00.000000Z');
INSERT INTO upgrade_schema_003.users VALUES ('00363nqvv4kmbvbtbr655v5uss', 'AF Vlaardingen', 'af-vlaardingen@schakel.demo', 'aandachtsfunctionaris', 'gemeente-vlaardingen', '$argon2id$v=19$m=19456,t=2,p=1$KAgKBOKxnlWHUJ/aNktwOw$vuDzassanIET1/4OjkXfDJdHaHp4CtU6k5iBBGsnINA', 1, '2023-02-24T09:00:00.000000Z');
INSERT INTO upgrade_schema_003.users VALUES ('00363nqvv51pfdt9ocl7eraoi8', 'AF Voorne aan Zee', 'af-voorne-aan-zee@schakel.demo', 'aandachtsfunctionaris', 'gemeente-voorne-aan-zee', '$argon2id$v=19$m=19456,t=2,p=1$KAgKBOKxnlWHUJ/aNktwOw$vuDzassanIET1/4OjkXfDJdHaHp4CtU6k5iBBGsnINA', 1, '2023-02-24T09:00:00.000000Z');
INSERT INTO upgrade_schema_003.users VALUES ('00363nqvv55f2gncs96l89glp4', 'AF Zwijndrecht', 'af-zwijndrecht@schakel.demo', 'aandachtsfunctionaris', 'gemeente-zwijndrecht', '$argon2id$v=19$m=19456,t=2,p=1$KAgKBOKxnlWHUJ/aNktwOw$vuDzassanIET1/4OjkXfDJdHaHp4CtU6k5iBBGsnINA', 1, '2023-02-24T09:00:00.000000Z');


--
-- Name: api_tokens api_tokens_pkey; Type: CONSTRAINT; Schema: upgrade_schema_003; Owner: -
--

ALTER TABLE ONLY upgrade_schema_003.api_tokens
    ADD CONSTRAINT api_tokens_pkey PRIMARY KEY (hash);


--
-- Name: audit_log audit_log_pkey; Type: CONSTRAINT; Schema: upgrade_schema_003; Owner: -
--

ALTER TABLE ONLY upgrade_schema_003.audit_log
    ADD CONSTRAINT audit_log_pkey PRIMARY KEY (id);


--
-- Name: cases cases_pkey; Type: CONSTRAINT; Schema: upgrade_schema_003; Owner: -
--

ALTER TABLE ONLY upgrade_schema_003.cases
    ADD CONSTRAINT cases_pkey PRIMARY KEY (id);


--
-- Name: cases cases_signal_id_key; Type: CONSTRAINT; Schema: upgrade_schema_003; Owner: -
--

ALTER TABLE ONLY upgrade_schema_003.cases
    ADD CONSTRAINT cases_signal_id_key UNIQUE (signal_id);


--
-- Name: events events_pkey; Type: CONSTRAINT; Schema: upgrade_schema_003; Owner: -
--

ALTER TABLE ONLY upgrade_schema_003.events
    ADD CONSTRAINT events_pkey PRIMARY KEY (id);


--
-- Name: feedback feedback_pkey; Type: CONSTRAINT; Schema: upgrade_schema_003; Owner: -
--

ALTER TABLE ONLY upgrade_schema_003.feedback
    ADD CONSTRAINT feedback_pkey PRIMARY KEY (id);


--
-- Name: indicators indicators_pkey; Type: CONSTRAINT; Schema: upgrade_schema_003; Owner: -
--

ALTER TABLE ONLY upgrade_schema_003.indicators
    ADD CONSTRAINT indicators_pkey PRIMARY KEY (code);


--
-- Name: jobs jobs_pkey; Type: CONSTRAINT; Schema: upgrade_schema_003; Owner: -
--

ALTER TABLE ONLY upgrade_schema_003.jobs
    ADD CONSTRAINT jobs_pkey PRIMARY KEY (id);


--
-- Name: jobs jobs_unique_key_key; Type: CONSTRAINT; Schema: upgrade_schema_003; Owner: -
--

ALTER TABLE ONLY upgrade_schema_003.jobs
    ADD CONSTRAINT jobs_unique_key_key UNIQUE (unique_key);


--
-- Name: municipalities municipalities_pkey; Type: CONSTRAINT; Schema: upgrade_schema_003; Owner: -
--

ALTER TABLE ONLY upgrade_schema_003.municipalities
    ADD CONSTRAINT municipalities_pkey PRIMARY KEY (slug);


--
-- Name: organisations organisations_pkey; Type: CONSTRAINT; Schema: upgrade_schema_003; Owner: -
--

ALTER TABLE ONLY upgrade_schema_003.organisations
    ADD CONSTRAINT organisations_pkey PRIMARY KEY (code);


--
-- Name: persons persons_pkey; Type: CONSTRAINT; Schema: upgrade_schema_003; Owner: -
--

ALTER TABLE ONLY upgrade_schema_003.persons
    ADD CONSTRAINT persons_pkey PRIMARY KEY (id);


--
-- Name: referrals referrals_pkey; Type: CONSTRAINT; Schema: upgrade_schema_003; Owner: -
--

ALTER TABLE ONLY upgrade_schema_003.referrals
    ADD CONSTRAINT referrals_pkey PRIMARY KEY (id);


--
-- Name: reminders reminders_pkey; Type: CONSTRAINT; Schema: upgrade_schema_003; Owner: -
--

ALTER TABLE ONLY upgrade_schema_003.reminders
    ADD CONSTRAINT reminders_pkey PRIMARY KEY (object_type, object_id, kind);


--
-- Name: schema_migrations schema_migrations_pkey; Type: CONSTRAINT; Schema: upgrade_schema_003; Owner: -
--

ALTER TABLE ONLY upgrade_schema_003.schema_migrations
    ADD CONSTRAINT schema_migrations_pkey PRIMARY KEY (version);


--
-- Name: sectors sectors_pkey; Type: CONSTRAINT; Schema: upgrade_schema_003; Owner: -
--

ALTER TABLE ONLY upgrade_schema_003.sectors
    ADD CONSTRAINT sectors_pkey PRIMARY KEY (code);


--
-- Name: sessions sessions_pkey; Type: CONSTRAINT; Schema: upgrade_schema_003; Owner: -
--

ALTER TABLE ONLY upgrade_schema_003.sessions
    ADD CONSTRAINT sessions_pkey PRIMARY KEY (token);


--
-- Name: signals signals_pkey; Type: CONSTRAINT; Schema: upgrade_schema_003; Owner: -
--

ALTER TABLE ONLY upgrade_schema_003.signals
    ADD CONSTRAINT signals_pkey PRIMARY KEY (id);


--
-- Name: user_municipalities user_municipalities_pkey; Type: CONSTRAINT; Schema: upgrade_schema_003; Owner: -
--

ALTER TABLE ONLY upgrade_schema_003.user_municipalities
    ADD CONSTRAINT user_municipalities_pkey PRIMARY KEY (user_id, municipality);


--
-- Name: users users_email_key; Type: CONSTRAINT; Schema: upgrade_schema_003; Owner: -
--

ALTER TABLE ONLY upgrade_schema_003.users
    ADD CONSTRAINT users_email_key UNIQUE (email);


--
-- Name: users users_pkey; Type: CONSTRAINT; Schema: upgrade_schema_003; Owner: -
--

ALTER TABLE ONLY upgrade_schema_003.users
    ADD CONSTRAINT users_pkey PRIMARY KEY (id);


--
-- Name: audit_object; Type: INDEX; Schema: upgrade_schema_003; Owner: -
--

CREATE INDEX audit_object ON upgrade_schema_003.audit_log USING btree (object_id, at);


--
-- Name: audit_user; Type: INDEX; Schema: upgrade_schema_003; Owner: -
--

CREATE INDEX audit_user ON upgrade_schema_003.audit_log USING btree (user_id, at);


--
-- Name: cases_escalated; Type: INDEX; Schema: upgrade_schema_003; Owner: -
--

CREATE INDEX cases_escalated ON upgrade_schema_003.cases USING btree (escalated, status);


--
-- Name: cases_signal_id; Type: INDEX; Schema: upgrade_schema_003; Owner: -
--

CREATE INDEX cases_signal_id ON upgrade_schema_003.cases USING btree (signal_id, id);


--
-- Name: events_signal; Type: INDEX; Schema: upgrade_schema_003; Owner: -
--

CREATE INDEX events_signal ON upgrade_schema_003.events USING btree (signal_id, id);


--
-- Name: feedback_referral; Type: INDEX; Schema: upgrade_schema_003; Owner: -
--

CREATE INDEX feedback_referral ON upgrade_schema_003.feedback USING btree (referral_id);


--
-- Name: jobs_due; Type: INDEX; Schema: upgrade_schema_003; Owner: -
--

CREATE INDEX jobs_due ON upgrade_schema_003.jobs USING btree (state, run_at);


--
-- Name: persons_signal; Type: INDEX; Schema: upgrade_schema_003; Owner: -
--

CREATE INDEX persons_signal ON upgrade_schema_003.persons USING btree (signal_id);


--
-- Name: referrals_signal; Type: INDEX; Schema: upgrade_schema_003; Owner: -
--

CREATE INDEX referrals_signal ON upgrade_schema_003.referrals USING btree (signal_id);


--
-- Name: referrals_to; Type: INDEX; Schema: upgrade_schema_003; Owner: -
--

CREATE INDEX referrals_to ON upgrade_schema_003.referrals USING btree (to_org, status);


--
-- Name: sessions_expiry; Type: INDEX; Schema: upgrade_schema_003; Owner: -
--

CREATE INDEX sessions_expiry ON upgrade_schema_003.sessions USING btree (expiry);


--
-- Name: signals_queue; Type: INDEX; Schema: upgrade_schema_003; Owner: -
--

CREATE INDEX signals_queue ON upgrade_schema_003.signals USING btree (municipality, status, acute, received_at);


--
-- Name: signals_queue_order; Type: INDEX; Schema: upgrade_schema_003; Owner: -
--

CREATE INDEX signals_queue_order ON upgrade_schema_003.signals USING btree (municipality, needs_decision DESC, acute DESC, received_at, id);


--
-- Name: signals_reported_by; Type: INDEX; Schema: upgrade_schema_003; Owner: -
--

CREATE INDEX signals_reported_by ON upgrade_schema_003.signals USING btree (reported_by);


--
-- Name: signals_route; Type: INDEX; Schema: upgrade_schema_003; Owner: -
--

CREATE INDEX signals_route ON upgrade_schema_003.signals USING btree (route);


--
-- Name: api_tokens api_tokens_user_id_fkey; Type: FK CONSTRAINT; Schema: upgrade_schema_003; Owner: -
--

ALTER TABLE ONLY upgrade_schema_003.api_tokens
    ADD CONSTRAINT api_tokens_user_id_fkey FOREIGN KEY (user_id) REFERENCES upgrade_schema_003.users(id) ON DELETE CASCADE;


--
-- Name: cases cases_municipality_fkey; Type: FK CONSTRAINT; Schema: upgrade_schema_003; Owner: -
--

ALTER TABLE ONLY upgrade_schema_003.cases
    ADD CONSTRAINT cases_municipality_fkey FOREIGN KEY (municipality) REFERENCES upgrade_schema_003.municipalities(slug);


--
-- Name: cases cases_process_lead_fkey; Type: FK CONSTRAINT; Schema: upgrade_schema_003; Owner: -
--

ALTER TABLE ONLY upgrade_schema_003.cases
    ADD CONSTRAINT cases_process_lead_fkey FOREIGN KEY (process_lead) REFERENCES upgrade_schema_003.organisations(code);


--
-- Name: cases cases_signal_id_fkey; Type: FK CONSTRAINT; Schema: upgrade_schema_003; Owner: -
--

ALTER TABLE ONLY upgrade_schema_003.cases
    ADD CONSTRAINT cases_signal_id_fkey FOREIGN KEY (signal_id) REFERENCES upgrade_schema_003.signals(id);


--
-- Name: events events_signal_id_fkey; Type: FK CONSTRAINT; Schema: upgrade_schema_003; Owner: -
--

ALTER TABLE ONLY upgrade_schema_003.events
    ADD CONSTRAINT events_signal_id_fkey FOREIGN KEY (signal_id) REFERENCES upgrade_schema_003.signals(id);


--
-- Name: feedback feedback_referral_id_fkey; Type: FK CONSTRAINT; Schema: upgrade_schema_003; Owner: -
--

ALTER TABLE ONLY upgrade_schema_003.feedback
    ADD CONSTRAINT feedback_referral_id_fkey FOREIGN KEY (referral_id) REFERENCES upgrade_schema_003.referrals(id);


--
-- Name: feedback feedback_user_id_fkey; Type: FK CONSTRAINT; Schema: upgrade_schema_003; Owner: -
--

ALTER TABLE ONLY upgrade_schema_003.feedback
    ADD CONSTRAINT feedback_user_id_fkey FOREIGN KEY (user_id) REFERENCES upgrade_schema_003.users(id);


--
-- Name: persons persons_signal_id_fkey; Type: FK CONSTRAINT; Schema: upgrade_schema_003; Owner: -
--

ALTER TABLE ONLY upgrade_schema_003.persons
    ADD CONSTRAINT persons_signal_id_fkey FOREIGN KEY (signal_id) REFERENCES upgrade_schema_003.signals(id) ON DELETE CASCADE;


--
-- Name: referrals referrals_case_id_fkey; Type: FK CONSTRAINT; Schema: upgrade_schema_003; Owner: -
--

ALTER TABLE ONLY upgrade_schema_003.referrals
    ADD CONSTRAINT referrals_case_id_fkey FOREIGN KEY (case_id) REFERENCES upgrade_schema_003.cases(id);


--
-- Name: referrals referrals_signal_id_fkey; Type: FK CONSTRAINT; Schema: upgrade_schema_003; Owner: -
--

ALTER TABLE ONLY upgrade_schema_003.referrals
    ADD CONSTRAINT referrals_signal_id_fkey FOREIGN KEY (signal_id) REFERENCES upgrade_schema_003.signals(id);


--
-- Name: referrals referrals_to_org_fkey; Type: FK CONSTRAINT; Schema: upgrade_schema_003; Owner: -
--

ALTER TABLE ONLY upgrade_schema_003.referrals
    ADD CONSTRAINT referrals_to_org_fkey FOREIGN KEY (to_org) REFERENCES upgrade_schema_003.organisations(code);


--
-- Name: signals signals_municipality_fkey; Type: FK CONSTRAINT; Schema: upgrade_schema_003; Owner: -
--

ALTER TABLE ONLY upgrade_schema_003.signals
    ADD CONSTRAINT signals_municipality_fkey FOREIGN KEY (municipality) REFERENCES upgrade_schema_003.municipalities(slug);


--
-- Name: signals signals_reported_by_fkey; Type: FK CONSTRAINT; Schema: upgrade_schema_003; Owner: -
--

ALTER TABLE ONLY upgrade_schema_003.signals
    ADD CONSTRAINT signals_reported_by_fkey FOREIGN KEY (reported_by) REFERENCES upgrade_schema_003.users(id);


--
-- Name: signals signals_triaged_by_fkey; Type: FK CONSTRAINT; Schema: upgrade_schema_003; Owner: -
--

ALTER TABLE ONLY upgrade_schema_003.signals
    ADD CONSTRAINT signals_triaged_by_fkey FOREIGN KEY (triaged_by) REFERENCES upgrade_schema_003.users(id);


--
-- Name: user_municipalities user_municipalities_municipality_fkey; Type: FK CONSTRAINT; Schema: upgrade_schema_003; Owner: -
--

ALTER TABLE ONLY upgrade_schema_003.user_municipalities
    ADD CONSTRAINT user_municipalities_municipality_fkey FOREIGN KEY (municipality) REFERENCES upgrade_schema_003.municipalities(slug);


--
-- Name: user_municipalities user_municipalities_user_id_fkey; Type: FK CONSTRAINT; Schema: upgrade_schema_003; Owner: -
--

ALTER TABLE ONLY upgrade_schema_003.user_municipalities
    ADD CONSTRAINT user_municipalities_user_id_fkey FOREIGN KEY (user_id) REFERENCES upgrade_schema_003.users(id) ON DELETE CASCADE;


--
-- Name: users users_org_fkey; Type: FK CONSTRAINT; Schema: upgrade_schema_003; Owner: -
--

ALTER TABLE ONLY upgrade_schema_003.users
    ADD CONSTRAINT users_org_fkey FOREIGN KEY (org) REFERENCES upgrade_schema_003.organisations(code);


--
-- PostgreSQL database dump complete
--

\unrestrict Qh1tSXUbz1qCZ2Km7V5hI9LuU6Rp9QdH5HmECOFedLxGHBW5lJTRQiWglJtndzj

