package org.eventline.event;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;

import org.eventline.time.DatePrecision;

/** Stores a date precision as its lowercase code ("day", "month"). */
@Converter(autoApply = true)
public class DatePrecisionColumn implements AttributeConverter<DatePrecision, String> {

    @Override
    public String convertToDatabaseColumn(DatePrecision precision) {
        return precision == null ? null : precision.code();
    }

    @Override
    public DatePrecision convertToEntityAttribute(String code) {
        return code == null ? null : DatePrecision.fromCode(code);
    }
}
