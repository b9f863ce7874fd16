package org.reassure.casework.demo;

import java.util.List;
import java.util.Random;

/**
 * The invented accounts demo cases are made of, with the strands and offence each discloses, in roughly the national
 * mix (race about 70%, then sexual orientation, disability, religion, transgender identity; a few with two strands).
 */
final class DemoStories {

    record Story(String strands, String offence, String account, String reason, boolean online) {}

    static final List<Story> STORIES = List.of(
            new Story(
                    "RACE",
                    "RA_FEAR_PROVOCATION",
                    "A man shouted racist abuse at me at the bus stop on {street} and told me to go back to my own country. He spat near my feet before getting on the bus.",
                    "He used racist words about my skin colour.",
                    false),
            new Story(
                    "RACE",
                    "RA_CRIMINAL_DAMAGE",
                    "Someone wrote racist graffiti on the door of our shop on {street} overnight. It is the second time this month.",
                    "The words are about our family being Asian.",
                    false),
            new Story(
                    "RACE",
                    "RA_COMMON_ASSAULT",
                    "Two teenagers followed my son home from school on {street}, calling him racist names and pushing him.",
                    "They kept saying he was not British because he is Black.",
                    false),
            new Story(
                    "RACE",
                    "RA_HARASSMENT",
                    "My neighbour keeps making monkey noises when I walk past and has left rubbish on my doorstep several times.",
                    "It only started after they saw my husband, who is Black.",
                    false),
            new Story(
                    "RACE",
                    "RA_INTENTIONAL_HAD",
                    "A passenger refused to let me drive him and said he would not get in a car with a foreigner, then punched the car window.",
                    "He said it was because of where I come from.",
                    false),
            new Story(
                    "RACE",
                    "RA_HARASSMENT",
                    "I was sent threatening messages on a social media app after I posted about my restaurant. They used racist slurs and said they know where I live.",
                    "The messages are about me being Polish.",
                    true),
            new Story(
                    "RACE,RELIGION",
                    "RA_COMMON_ASSAULT",
                    "A man pulled at my niece's hijab on {street} and shouted that Muslims should leave. People around did nothing.",
                    "He was shouting about Muslims and about her being Pakistani.",
                    false),
            new Story(
                    "RELIGION",
                    "RA_CRIMINAL_DAMAGE",
                    "The windows of the community centre used by our mosque on {street} were smashed and a pig's head was left outside.",
                    "It was aimed at the Muslim community.",
                    false),
            new Story(
                    "RELIGION",
                    "RA_HAD",
                    "Antisemitic stickers were put on the lamp posts outside the synagogue and a man shouted at families arriving for a service.",
                    "The stickers and shouting were against Jewish people.",
                    false),
            new Story(
                    "RELIGION",
                    "RA_COMMON_ASSAULT",
                    "My turban was knocked off on the train and the man laughed and called me a terrorist.",
                    "Because I am Sikh and wear a turban.",
                    false),
            new Story(
                    "SEXUAL_ORIENTATION",
                    "HAD",
                    "My partner and I were holding hands on {street} when a group shouted homophobic abuse and threw a bottle at us.",
                    "They were shouting about us being gay.",
                    false),
            new Story(
                    "SEXUAL_ORIENTATION",
                    "MALICIOUS_COMMUNICATIONS",
                    "Someone keeps posting my photo online with homophobic comments and sharing my address.",
                    "They say it is because I am a lesbian.",
                    true),
            new Story(
                    "SEXUAL_ORIENTATION",
                    "ABH",
                    "I was punched outside a bar on {street} after a man asked if I was gay.",
                    "He asked if I was gay before he hit me.",
                    false),
            new Story(
                    "DISABILITY",
                    "THEFT",
                    "Some young people have been taking my money at the cashpoint on {street} and calling me names. They say they are my friends.",
                    "They know I have a learning disability and pick on me.",
                    false),
            new Story(
                    "DISABILITY",
                    "HAD",
                    "A driver refused to let me on the bus with my guide dog and shouted abuse about me being blind.",
                    "He was mocking my sight loss.",
                    false),
            new Story(
                    "DISABILITY",
                    "HARASSMENT",
                    "Neighbours keep blocking the ramp to my flat and laughing when I cannot get my wheelchair out.",
                    "Because I use a wheelchair.",
                    false),
            new Story(
                    "TRANSGENDER",
                    "COMMON_ASSAULT",
                    "A man followed me off the tube and shouted transphobic abuse, then grabbed my arm on {street}.",
                    "He kept calling me a man in a dress.",
                    false),
            new Story(
                    "TRANSGENDER",
                    "MALICIOUS_COMMUNICATIONS",
                    "I have been receiving hundreds of transphobic messages since I spoke at a council meeting, including threats to hurt me.",
                    "The messages are about me being a trans woman.",
                    true),
            new Story(
                    "SEXUAL_ORIENTATION,TRANSGENDER",
                    "CRIMINAL_DAMAGE",
                    "Our Pride flag was torn down and burned in the front garden, and a note said we would be next.",
                    "The note used anti-LGBT language.",
                    false),
            new Story(
                    "ALTERNATIVE_SUBCULTURE",
                    "ABH",
                    "I was attacked in the park off {street} by a group who said I looked like a goth freak.",
                    "Because of the way I dress.",
                    false));

    static final List<String> STREETS = List.of(
            "the High Street",
            "Bath Road",
            "Uxbridge Road",
            "Romford Road",
            "Staines Road",
            "the Broadway",
            "Barking Road",
            "Lampton Road",
            "South Ealing Road",
            "Green Street");

    private DemoStories() {}

    static Story pick(Random random) {
        return STORIES.get(pickStory(random));
    }

    private static int pickStory(Random random) {
        // Roughly the national mix: most reports are about race.
        int roll = random.nextInt(100);
        if (roll < 62) {
            return random.nextInt(7);
        }
        if (roll < 68) {
            return 7 + random.nextInt(3);
        }
        if (roll < 82) {
            return 10 + random.nextInt(3);
        }
        if (roll < 91) {
            return 13 + random.nextInt(3);
        }
        if (roll < 96) {
            return 16 + random.nextInt(2);
        }
        return 18 + random.nextInt(2);
    }

    /** The perceived religion of the victim in each religion story. */
    static String religionOf(Story story) {
        if (story.account().contains("synagogue")) {
            return "ANTI_JEWISH";
        }
        if (story.account().contains("turban")) {
            return "ANTI_SIKH";
        }
        return "ANTI_MUSLIM";
    }

    @SafeVarargs
    static <T> T oneOf(Random random, T... options) {
        return options[random.nextInt(options.length)];
    }
}
