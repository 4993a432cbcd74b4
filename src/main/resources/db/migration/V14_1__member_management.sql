-- Member management (admin console). Portable SQL: runs on PostgreSQL and on H2 in PostgreSQL mode.

-- Invited by an admin and not yet accepted (no password of their own). Status "invited" in the members grid.
alter table people add column invitation_pending boolean not null default false;

-- The last successful sign-in, copied from login_attempts so the members grid can show and sort it without a join.
alter table people add column last_login_at timestamp with time zone;
update people set last_login_at = (select max(a.attempted_at) from login_attempts a
    where a.person_id = people.id and a.outcome = 'SUCCEEDED');

-- One-time links also carry invitations.
alter table one_time_links drop constraint one_time_links_purpose_known;
alter table one_time_links add constraint one_time_links_purpose_known
    check (purpose in ('PASSWORD_RESET', 'CONFIRM_EMAIL', 'INVITATION'));

-- The members grid sorts by these and pages with LIMIT/OFFSET; the id breaks ties so pages never overlap.
create index people_created_idx on people (created_at, id);
create index people_display_name_idx on people (display_name, id);
create index people_last_login_idx on people (last_login_at, id);
create index people_status_idx on people (enabled, invitation_pending);
create index person_roles_role_idx on person_roles (role, person_id);
