package org.reassure.notifications.internal.send;

import java.lang.management.ManagementFactory;
import java.net.InetAddress;
import java.net.UnknownHostException;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/** This node's name in the outbox: REASSURE_NODE_NAME, or the host and process id (as the care clocks name it). */
@Component
class NodeName {

    private final String name;

    NodeName(@Value("${reassure.node-name:}") String configured) {
        this.name = configured.isBlank()
                ? host() + "-" + ManagementFactory.getRuntimeMXBean().getPid()
                : configured.strip();
    }

    String get() {
        return name;
    }

    private static String host() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException unknown) {
            return "reassure";
        }
    }
}
