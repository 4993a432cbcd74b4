package app.limber.content;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.io.Serializable;

/** A named point in a video, e.g. "Toes tucked" at 1:30. */
public record Chapter(
        @NotBlank(message = "Give the chapter a title")
        @Size(max = TITLE_MAX, message = "Keep chapter titles under " + TITLE_MAX + " characters") String title,
        @PositiveOrZero @Max(value = 24 * 3600, message = "A chapter must start within 24 hours") int startSeconds)
        implements Serializable {

    public static final int TITLE_MAX = 120;
}
