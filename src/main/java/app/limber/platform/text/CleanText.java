package app.limber.platform.text;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import org.jspecify.annotations.Nullable;

/**
 * Applies {@link Text#clean} to every string attribute of every entity as it is written, so no feature can forget it
 * and a NUL byte never reaches the database (where PostgreSQL would refuse the whole insert).
 */
@Converter(autoApply = true)
public class CleanText implements AttributeConverter<String, String> {

    @Override
    public @Nullable String convertToDatabaseColumn(@Nullable String attribute) {
        return attribute == null ? null : Text.clean(attribute);
    }

    @Override
    public @Nullable String convertToEntityAttribute(@Nullable String column) {
        return column;
    }
}
