package org.reassure.testing;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Locale;
import java.util.Properties;

import org.assertj.core.api.ThrowingConsumer;
import org.springframework.context.support.ResourceBundleMessageSource;
import org.springframework.core.io.ClassPathResource;
import org.springframework.core.io.support.PropertiesLoaderUtils;

import org.reassure.platform.CommandFailure;
import org.reassure.platform.ConflictingState;
import org.reassure.platform.InvalidInput;
import org.reassure.platform.JustificationRequired;
import org.reassure.platform.Message;
import org.reassure.platform.NotFound;

import static org.assertj.core.api.Assertions.assertThat;

/** The words a person sees for a message from Java, read from the service's own bundles as the service reads them. */
public final class Texts {

    private static final ResourceBundleMessageSource BUNDLES = bundles();

    private Texts() {}

    public static String english(Message message) {
        return BUNDLES.getMessage(message, Locale.UK);
    }

    public static String welsh(Message message) {
        return BUNDLES.getMessage(message, Locale.forLanguageTag("cy"));
    }

    /** What a person reads for a refusal: every field message of bad input, or the message of a conflict. */
    public static String english(Throwable refusal) {
        if (refusal instanceof InvalidInput invalid) {
            return String.join(
                    "\n",
                    invalid.errors().stream()
                            .map(error -> english(error.message()))
                            .toList());
        }
        if (refusal instanceof ConflictingState conflict) {
            return english(conflict.message());
        }
        if (refusal instanceof NotFound notFound) {
            return english(notFound.message());
        }
        if (refusal instanceof JustificationRequired required) {
            return english(required.message());
        }
        if (refusal instanceof CommandFailure failure) {
            return failure.describe(BUNDLES);
        }
        return String.valueOf(refusal.getMessage());
    }

    /** For {@code assertThatThrownBy(...).satisfies(says("..."))}: the refusal's English words contain the text. */
    public static ThrowingConsumer<Throwable> says(String text) {
        return refusal -> assertThat(english(refusal)).contains(text);
    }

    private static ResourceBundleMessageSource bundles() {
        try {
            Properties application =
                    PropertiesLoaderUtils.loadProperties(new ClassPathResource("application.properties"));
            ResourceBundleMessageSource source = new ResourceBundleMessageSource();
            source.setBasenames(
                    application.getProperty("spring.messages.basename").split(","));
            source.setDefaultEncoding("UTF-8");
            source.setFallbackToSystemLocale(false);
            return source;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
