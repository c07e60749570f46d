package org.landscape.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A test profile whose only purpose is a restart: the test class that uses it gets a service of its
 * own on a fresh, empty database, for tests that count what a whole register holds. Quarkus
 * restarts only between different profiles, so a second class of the same module that needs its own
 * database uses a subclass of this one.
 */
public class IsolatedDatabase implements QuarkusTestProfile {}
