-- newsflow's PostgreSQL roles (docs/database-roles.md). Run it as a superuser, or your
-- managed service's admin user, connected to newsflow's database:
--
--   psql "postgresql://admin@db.internal:5432/newsflow" -v ON_ERROR_STOP=1 \
--        -v owner_password=... -v store_password=... -v api_password=... \
--        -f deploy/postgres/roles.sql
--
-- It is safe to run again: it creates only what is missing and sets the passwords each time.
-- The privileges on the tables are the store's migration's to grant, at every start-up.

-- What each service may do: roles that nobody logs in as.
SELECT 'CREATE ROLE newsflow_writer NOLOGIN'
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'newsflow_writer') \gexec
SELECT 'CREATE ROLE newsflow_reader NOLOGIN'
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'newsflow_reader') \gexec

-- Who logs in. newsflow_owner: the store's STORE_MIGRATION_DATABASE_URL, which runs the
-- migrations and owns the tables. newsflow_store: the store's DATABASE_URL.
-- newsflow_api: the read API's API_DATABASE_URL.
SELECT 'CREATE ROLE newsflow_owner LOGIN'
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'newsflow_owner') \gexec
SELECT 'CREATE ROLE newsflow_store LOGIN'
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'newsflow_store') \gexec
SELECT 'CREATE ROLE newsflow_api LOGIN'
WHERE NOT EXISTS (SELECT FROM pg_roles WHERE rolname = 'newsflow_api') \gexec
ALTER ROLE newsflow_owner PASSWORD :'owner_password';
ALTER ROLE newsflow_store PASSWORD :'store_password';
ALTER ROLE newsflow_api PASSWORD :'api_password';
GRANT newsflow_writer TO newsflow_store;
GRANT newsflow_reader TO newsflow_api;

-- The owner owns the database, and with it the schema public (PostgreSQL 15 and later).
SELECT format('ALTER DATABASE %I OWNER TO newsflow_owner', current_database()) \gexec
-- Tables that a superuser migrated so far pass to the owner (their sequences follow).
SELECT format('ALTER TABLE public.%I OWNER TO newsflow_owner', tablename)
FROM pg_tables
WHERE schemaname = 'public' AND tableowner IN (SELECT rolname FROM pg_roles WHERE rolsuper)
\gexec

-- Only newsflow's roles connect (the owner and superusers always may); the writer also
-- creates the temporary table it stages articles in. Nobody else creates tables in public,
-- as is the default since PostgreSQL 15.
SELECT format('REVOKE ALL ON DATABASE %I FROM PUBLIC', current_database()) \gexec
SELECT format('GRANT CONNECT, TEMPORARY ON DATABASE %I TO newsflow_writer', current_database())
\gexec
SELECT format('GRANT CONNECT ON DATABASE %I TO newsflow_reader', current_database()) \gexec
REVOKE CREATE ON SCHEMA public FROM PUBLIC;
