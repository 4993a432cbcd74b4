-- A draft's address follows its title until it is first published or scheduled; from then on it never changes,
-- so links keep working. Items that exist already keep the address they have.
alter table routines add column slug_fixed boolean not null default true;
alter table articles add column slug_fixed boolean not null default true;
