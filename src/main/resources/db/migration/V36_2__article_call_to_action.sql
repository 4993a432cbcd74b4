-- An article may invite its readers into one program ("Start this program"); none by default. The program may later
-- be removed, and the article then simply has no call to action.
alter table articles add column cta_program_id bigint;
alter table articles add constraint articles_cta_program_fk
    foreign key (cta_program_id) references programs (id) on delete set null;
