package org.eventline.vocabulary;

import jakarta.persistence.AttributeConverter;

/** Stores a vocabulary value as its lowercase code, the same text the API shows. */
public abstract class CodedConverter<E extends Enum<E> & Coded> implements AttributeConverter<E, String> {

    private final Class<E> vocabulary;

    protected CodedConverter(Class<E> vocabulary) {
        this.vocabulary = vocabulary;
    }

    @Override
    public String convertToDatabaseColumn(E value) {
        return value == null ? null : value.code();
    }

    @Override
    public E convertToEntityAttribute(String code) {
        if (code == null) {
            return null;
        }
        return Coded.find(vocabulary, code)
                .orElseThrow(() -> new IllegalStateException("unknown " + vocabulary.getSimpleName() + " code in the database: " + code));
    }
}
