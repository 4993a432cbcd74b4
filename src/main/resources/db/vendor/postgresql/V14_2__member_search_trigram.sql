-- PostgreSQL only: trigram indexes so that "name or email contains ..." in the members grid stays fast at 100,000
-- members. pg_trgm is a trusted extension (PostgreSQL 13+); where the database user may not create it, the search
-- still works, only without these indexes.
do $$
begin
    create extension if not exists pg_trgm;
    execute 'create index people_display_name_trgm_idx on people using gin (lower(display_name) gin_trgm_ops)';
    execute 'create index people_email_trgm_idx on people using gin (email gin_trgm_ops)';
exception when insufficient_privilege or undefined_file then
    raise notice 'pg_trgm is not available; member search runs without trigram indexes';
end
$$;
