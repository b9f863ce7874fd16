package org.reassure.platform.web;

import java.text.Collator;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.context.MessageSource;
import org.springframework.context.MessageSourceResolvable;
import org.springframework.stereotype.Component;
import org.thymeleaf.context.IExpressionContext;
import org.thymeleaf.dialect.AbstractDialect;
import org.thymeleaf.dialect.IExpressionObjectDialect;
import org.thymeleaf.expression.IExpressionObjectFactory;

import org.reassure.platform.Choice;
import org.reassure.platform.Labelled;
import org.reassure.platform.Languages;
import org.reassure.platform.Message;

/**
 * {@code #text.of(message)} in templates: a {@link Message} from Java (an error, a flash banner, an enum's label)
 * in the language of the page, as {@code #{key}} does for keys written in the template.
 */
@Component
class MessagesDialect extends AbstractDialect implements IExpressionObjectDialect {

    private final MessageSource messages;

    MessagesDialect(MessageSource messages) {
        super("reassure-messages");
        this.messages = messages;
    }

    /** The expression object: one per template run, in that run's locale. */
    public record Texts(MessageSource messages, IExpressionContext context) {

        /** The text of a message; a plain string (data, like a name) is shown as it is. */
        public String of(Object text) {
            if (text == null) {
                return null;
            }
            if (text instanceof MessageSourceResolvable resolvable) {
                return messages.getMessage(resolvable, context.getLocale());
            }
            return text.toString();
        }

        /** The text of a key with arguments that are themselves messages or values. */
        public String key(String key, Object... args) {
            return of(Message.of(key, args));
        }

        /**
         * A label given to a form fragment: a message key written in the template ({@code 'casework.person.name'})
         * or a {@link Message} from Java.
         */
        public String label(Object label) {
            if (label == null) {
                return null;
            }
            if (label instanceof MessageSourceResolvable resolvable) {
                return messages.getMessage(resolvable, context.getLocale());
            }
            return messages.getMessage(label.toString(), null, context.getLocale());
        }

        /** The value an option posts: a {@link Choice}'s value, an enum constant's name, or the option itself. */
        public String value(Object option) {
            if (option instanceof Choice choice) {
                return choice.value();
            }
            if (option instanceof Enum<?> constant) {
                return constant.name();
            }
            return String.valueOf(option);
        }

        /**
         * What the person reads for an option: a {@link Choice}'s label, a {@link Labelled} value's label, or the
         * message {@code prefix.VALUE} for a plain code.
         */
        public String optionLabel(Object option, String prefix) {
            if (option instanceof Choice choice) {
                return of(choice.label());
            }
            if (option instanceof Labelled labelled) {
                return of(labelled.label());
            }
            return key(prefix + "." + value(option));
        }

        public String optionHint(Object option) {
            return option instanceof Choice choice && choice.hint() != null ? of(choice.hint()) : null;
        }

        /** A stored language code by name in the page's language ("Polish", "Pwyleg"); an old typed value as it is. */
        public String language(String code) {
            return Languages.name(code, context.getLocale());
        }

        /** A language with its own name too: "Polish (polski)". */
        public String languageLabel(String code) {
            return Languages.label(code, context.getLocale());
        }

        /** Several language codes by name, sorted, separated by commas: "Arabic, Polish, Urdu". */
        public String languages(Collection<String> codes) {
            if (codes == null) {
                return null;
            }
            return codes.stream()
                    .map(this::language)
                    .sorted(Collator.getInstance(context.getLocale()))
                    .collect(Collectors.joining(", "));
        }

        /** Every language offered, as options of a select ("Polish (polski)", posting pl), sorted by name. */
        public List<Choice> languageChoices() {
            return languageChoices(null);
        }

        /** These languages (or all when null) as options of a select, sorted by name in the page's language. */
        public List<Choice> languageChoices(Collection<String> codes) {
            Locale locale = context.getLocale();
            return (codes == null ? Languages.sorted(locale) : Languages.sorted(codes, locale))
                    .stream().map(l -> Choice.data(l.code(), l.label(locale))).toList();
        }

        /** Whether an option is among those chosen (a collection of values or options, or one value). */
        public boolean chosen(Object option, Object chosen) {
            if (chosen == null) {
                return false;
            }
            String value = value(option);
            if (chosen instanceof Collection<?> values) {
                return values.stream().anyMatch(each -> value.equals(value(each)));
            }
            return value.equals(value(chosen));
        }
    }

    @Override
    public IExpressionObjectFactory getExpressionObjectFactory() {
        return new IExpressionObjectFactory() {
            @Override
            public Set<String> getAllExpressionObjectNames() {
                return Set.of("text");
            }

            @Override
            public Object buildObject(IExpressionContext context, String name) {
                return new Texts(messages, context);
            }

            @Override
            public boolean isCacheable(String name) {
                return true;
            }
        };
    }
}
