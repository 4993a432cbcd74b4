package app.limber.content;

import static org.assertj.core.api.Assertions.assertThat;

import app.limber.program.ProgramDraft;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validation;
import jakarta.validation.Validator;
import jakarta.validation.ValidatorFactory;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The title rules the three authored drafts share, and the kind each names when the title is missing. */
class AuthoredDraftValidationTest {

    private static ValidatorFactory factory;
    private static Validator validator;

    @BeforeAll
    static void validator() {
        factory = Validation.buildDefaultValidatorFactory();
        validator = factory.getValidator();
    }

    @AfterAll
    static void close() {
        factory.close();
    }

    private static List<AuthoredDraft> drafts() {
        return List.of(new RoutineDraft(1, 0, "r", PublishingStatus.DRAFT, null),
                new ArticleDraft(1, 0, "a", PublishingStatus.DRAFT, null),
                new ProgramDraft(1, 0, "p", PublishingStatus.DRAFT, null));
    }

    private static List<String> titleMessages(AuthoredDraft draft) {
        return validator.validate(draft).stream().filter(v -> v.getPropertyPath().toString().equals("title"))
                .map(ConstraintViolation::getMessage).toList();
    }

    @Test
    void aMissingTitleIsRefusedNamingTheKind() {
        List<List<String>> messages = drafts().stream().map(draft -> {
            draft.setTitle("  ");
            return titleMessages(draft);
        }).toList();

        assertThat(messages).containsExactly(List.of("Give the routine a title"), List.of("Give the article a title"),
                List.of("Give the program a title"));
    }

    @Test
    void aTitleOverTheLimitIsRefusedTheSameWayForEveryKind() {
        for (AuthoredDraft draft : drafts()) {
            draft.setTitle("x".repeat(AuthoredDraft.TITLE_MAX + 1));
            assertThat(titleMessages(draft)).containsExactly("Keep the title under 120 characters");
            draft.setTitle("x".repeat(AuthoredDraft.TITLE_MAX));
            assertThat(titleMessages(draft)).isEmpty();
        }
    }

    @Test
    void theBinderSeesTheTitleRuleOnEachKind() {
        assertThat(validator.validateValue(RoutineDraft.class, "title", "")).extracting(ConstraintViolation::getMessage)
                .containsExactly("Give the routine a title");
        assertThat(validator.validateValue(ProgramDraft.class, "title", "x".repeat(121)))
                .extracting(ConstraintViolation::getMessage).containsExactly("Keep the title under 120 characters");
    }
}
