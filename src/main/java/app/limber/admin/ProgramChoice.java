package app.limber.admin;

/** A program to filter members by or enrol them in. */
public record ProgramChoice(long id, String title) {
}
