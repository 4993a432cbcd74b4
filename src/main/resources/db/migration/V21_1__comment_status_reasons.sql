-- Why a comment has its status: the moderation rule that decided when it was posted or edited (with the word that
-- matched or the number of links), or the moderator who moved it (their name). The comment keeps the reason for its
-- current status (the moderation queue shows it); each history line keeps its own. Rows from before have none.
alter table comments add column status_reason varchar(30);
alter table comments add column status_detail varchar(100);
alter table comments add constraint comments_status_reason_known check (status_reason in (
    'DISALLOWED_WORD', 'MODERATOR_WROTE_IT', 'EVERY_COMMENT_HELD', 'LINKS', 'HOLD_WORD', 'FIRST_COMMENT',
    'TRUSTED_AUTHOR', 'MODERATOR', 'APPROVED_BY_REPLY', 'RESTORED', 'UNDONE', 'DELETED_BY_AUTHOR'));

alter table comment_status_changes add column reason varchar(30);
alter table comment_status_changes add column reason_detail varchar(100);
alter table comment_status_changes add constraint comment_status_changes_reason_known check (reason in (
    'DISALLOWED_WORD', 'MODERATOR_WROTE_IT', 'EVERY_COMMENT_HELD', 'LINKS', 'HOLD_WORD', 'FIRST_COMMENT',
    'TRUSTED_AUTHOR', 'MODERATOR', 'APPROVED_BY_REPLY', 'RESTORED', 'UNDONE', 'DELETED_BY_AUTHOR'));
