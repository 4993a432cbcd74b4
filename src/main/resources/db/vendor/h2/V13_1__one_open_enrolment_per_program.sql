-- At most one open (active or paused) enrolment per person and program; closed ones are history and may repeat.
-- H2 has no partial indexes: a computed column that is null for closed enrolments gives the same rule.
alter table enrolments add column open_program_id bigint
    generated always as (case when status in ('ACTIVE', 'PAUSED') then program_id end);
create unique index enrolments_one_open_per_program_uk on enrolments (person_id, open_program_id);
