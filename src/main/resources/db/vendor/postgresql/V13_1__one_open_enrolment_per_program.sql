-- At most one open (active or paused) enrolment per person and program; closed ones are history and may repeat.
create unique index enrolments_one_open_per_program_uk on enrolments (person_id, program_id)
    where status in ('ACTIVE', 'PAUSED');
