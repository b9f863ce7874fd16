package org.reassure.care.web;

import java.lang.reflect.Parameter;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.Collection;
import java.util.stream.Collectors;

import org.springframework.web.bind.annotation.BindParam;

/**
 * A page's form record, as its template reads it back: {@code form.get('at-day')} is the field posted under that
 * name (the component's name, or its {@link BindParam} name), a list joined by commas, or null.
 */
public interface PostedForm {

    default String get(String name) {
        RecordComponent[] components = getClass().getRecordComponents();
        try {
            Parameter[] parameters = getClass()
                    .getDeclaredConstructor(Arrays.stream(components)
                            .map(RecordComponent::getType)
                            .toArray(Class<?>[]::new))
                    .getParameters();
            for (int i = 0; i < components.length; i++) {
                BindParam bound = parameters[i].getAnnotation(BindParam.class);
                if (name.equals(bound == null ? components[i].getName() : bound.value())) {
                    return text(components[i].getAccessor().invoke(this));
                }
            }
            return null;
        } catch (ReflectiveOperationException notARecord) {
            throw new IllegalStateException(getClass() + " is not a form record", notARecord);
        }
    }

    private static String text(Object value) {
        if (value instanceof Collection<?> values) {
            return values.stream().map(String::valueOf).collect(Collectors.joining(","));
        }
        return value == null ? null : value.toString();
    }
}
