package org.reassure.identity.internal;

import java.util.Map;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.session.FindByIndexNameSessionRepository;
import org.springframework.session.Session;
import org.springframework.stereotype.Component;

/**
 * A person's signed-in sessions, found in the shared session store by the name they signed in with: ended when an
 * administrator says so or switches the account off. (A command of the command line has no session store: nothing to
 * end there.)
 */
@Component
public class StaffSessions {

    private final ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions;

    StaffSessions(ObjectProvider<FindByIndexNameSessionRepository<? extends Session>> sessions) {
        this.sessions = sessions;
    }

    /** Ends every session of this username; returns how many there were. */
    public int endAll(String username) {
        FindByIndexNameSessionRepository<? extends Session> repository = sessions.getIfAvailable();
        if (repository == null) {
            return 0;
        }
        Map<String, ? extends Session> found = repository.findByPrincipalName(username);
        found.keySet().forEach(repository::deleteById);
        return found.size();
    }
}
