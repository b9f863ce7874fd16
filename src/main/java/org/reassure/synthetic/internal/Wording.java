package org.reassure.synthetic.internal;

/**
 * The words generated cases carry: invented names and streets (example addresses that exist nowhere), the short
 * stories of what happened and why the victim perceived hostility, suspects, notes of contacts and reasons for
 * withdrawing. They are data written into the cases, as an officer would type them, not the service's own words.
 */
final class Wording {

    private Wording() {}

    static final String[] WITHDRAWAL_REASONS = {
        "Worried about reprisals from neighbours",
        "Wants to move on and put it behind them",
        "Does not think anything will happen",
        "Does not want to go to court",
        "The suspect is a relative",
        "Moved away from the area"
    };

    static final String[] SUSPECTS = {
        "A man in his twenties",
        "A man in his forties",
        "A woman in her thirties",
        "Two teenage boys",
        "A group of young men",
        "A neighbour",
        "A man seen on the bus",
        "An account on a social media platform"
    };

    static final String[] NOTES = {
        "Victim is safe and has the officer's direct number.",
        "Asked for updates by text message after 5pm.",
        "Talked through the Victims' Code.",
        "Interpreter needed next time.",
        "Discussed a safety plan.",
        "Victim thanked the officer for calling."
    };

    static final String[] FIRST_NAMES = {
        "Amira",
        "Kwame",
        "Priya",
        "Tomasz",
        "Grace",
        "Yusuf",
        "Hannah",
        "Rohan",
        "Blessing",
        "Daniel",
        "Fatima",
        "Liam",
        "Mei",
        "Oluwaseun",
        "Sofia",
        "Arjun",
        "Chloe",
        "Ibrahim",
        "Zainab",
        "Marek",
        "Aisha",
        "Ben",
        "Chidi",
        "Dev",
        "Eilidh",
        "Farah",
        "Gareth",
        "Hiba",
        "Ioana",
        "Jamal",
        "Kiran",
        "Leah",
        "Mohammed",
        "Nia",
        "Oren",
        "Parveen",
        "Rhys",
        "Samira"
    };

    static final String[] STREETS = {
        "Example Road",
        "Sample Street",
        "Test Lane",
        "Placeholder Avenue",
        "Fictional Close",
        "Model Way",
        "Specimen Gardens",
        "Demo Terrace"
    };

    /** Two short stories per strand: what happened, and why the victim thinks it was hostility. */
    static final String[][] STORIES = {
        {
            "RACE",
            "Synthetic case: a man shouted racist abuse at the victim at a bus stop and told them to go back to their own country.",
            "He used racist words about the victim's skin colour."
        },
        {
            "RACE",
            "Synthetic case: racist graffiti was written on the door of the victim's shop overnight.",
            "The words are about the family being Asian."
        },
        {
            "RELIGION",
            "Synthetic case: a man pulled at the victim's headscarf in the street and shouted that Muslims should leave.",
            "He was shouting about the victim's religion."
        },
        {
            "RELIGION",
            "Synthetic case: stickers attacking the victim's faith were put up outside their place of worship.",
            "The stickers were aimed at people of that faith."
        },
        {
            "SEXUAL_ORIENTATION",
            "Synthetic case: the victim and their partner were shouted at and a bottle was thrown at them.",
            "They shouted homophobic abuse."
        },
        {
            "SEXUAL_ORIENTATION",
            "Synthetic case: someone posted the victim's photo online with homophobic comments.",
            "The comments are about the victim being gay."
        },
        {
            "DISABILITY",
            "Synthetic case: people who call themselves the victim's friends keep taking their money at the cashpoint.",
            "They pick on the victim because of their learning disability."
        },
        {
            "DISABILITY",
            "Synthetic case: neighbours keep blocking the ramp to the victim's flat and laugh at them.",
            "Because the victim uses a wheelchair."
        },
        {
            "TRANSGENDER",
            "Synthetic case: a man followed the victim off the train shouting abuse, then grabbed their arm.",
            "He shouted transphobic abuse."
        },
        {
            "TRANSGENDER",
            "Synthetic case: the victim received threatening messages after speaking at a public meeting.",
            "The messages are about the victim being a trans woman."
        }
    };

    static String account(String strand, int story) {
        return STORIES[storyIndex(strand) + story][1];
    }

    static String reason(String strand, int story) {
        return STORIES[storyIndex(strand) + story][2];
    }

    private static int storyIndex(String strand) {
        for (int i = 0; i < STORIES.length; i += 2) {
            if (STORIES[i][0].equals(strand)) {
                return i;
            }
        }
        return 0;
    }
}
