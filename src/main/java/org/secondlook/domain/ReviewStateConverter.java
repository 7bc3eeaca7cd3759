package org.secondlook.domain;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

/** Stores {@link ReviewState} as its stable code. */
@Converter(autoApply = true)
public class ReviewStateConverter implements AttributeConverter<ReviewState, String> {
    @Override
    public String convertToDatabaseColumn(ReviewState state) {
        return state == null ? null : state.code();
    }

    @Override
    public ReviewState convertToEntityAttribute(String code) {
        return code == null ? null : ReviewState.fromCode(code);
    }
}
