package org.reassure.platform.web;

import java.lang.reflect.Method;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.util.Collection;
import java.util.Map;

import org.springframework.core.MethodParameter;
import org.springframework.http.HttpInputMessage;
import org.springframework.http.converter.HttpMessageConverter;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.RequestBodyAdviceAdapter;

/**
 * The JSON bodies' half of {@code InputFilter}: JSON may carry any character escaped ({@code \u0000}), so each string
 * of a body, in records, lists and maps, is checked once it is read: a control character other than tab, carriage
 * return and line feed, or half a surrogate pair, is a 400 naming the field by its path ({@code victim.name}).
 */
@ControllerAdvice(annotations = RestController.class)
class ControlCharacterBodyAdvice extends RequestBodyAdviceAdapter {

    private static final int DEEPEST = 16;

    @Override
    public boolean supports(
            MethodParameter parameter, Type targetType, Class<? extends HttpMessageConverter<?>> converterType) {
        return true;
    }

    @Override
    public Object afterBodyRead(
            Object body,
            HttpInputMessage inputMessage,
            MethodParameter parameter,
            Type targetType,
            Class<? extends HttpMessageConverter<?>> converterType) {
        String field = unusable(body, "", 0);
        if (field != null) {
            throw new UnusableCharacters(field.isEmpty() ? parameter.getParameterName() : field);
        }
        return body;
    }

    /** The path of the first string with an unusable character, or null when there is none. */
    static String unusable(Object value, String path, int depth) {
        if (value == null || depth > DEEPEST) {
            return null;
        }
        if (value instanceof CharSequence text) {
            return InputFilter.acceptable(text.toString(), true) ? null : path;
        }
        if (value instanceof Collection<?> items) {
            int index = 0;
            for (Object item : items) {
                String found = unusable(item, path + "[" + index++ + "]", depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (value instanceof Map<?, ?> map) {
            for (Map.Entry<?, ?> entry : map.entrySet()) {
                String key = String.valueOf(entry.getKey());
                String here = path.isEmpty() ? key : path + "." + key;
                if (!InputFilter.acceptable(key, false)) {
                    return here;
                }
                String found = unusable(entry.getValue(), here, depth + 1);
                if (found != null) {
                    return found;
                }
            }
            return null;
        }
        if (value.getClass().isRecord()) {
            for (RecordComponent component : value.getClass().getRecordComponents()) {
                String here = path.isEmpty() ? component.getName() : path + "." + component.getName();
                String found = unusable(read(component.getAccessor(), value), here, depth + 1);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static Object read(Method accessor, Object record) {
        try {
            accessor.setAccessible(true);
            return accessor.invoke(record);
        } catch (ReflectiveOperationException | RuntimeException unreadable) {
            return null;
        }
    }
}
