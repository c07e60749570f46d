package org.landscape.testsupport;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * A test profile whose only purpose is a restart: the test class that uses it gets a service of its
 * own on a fresh, empty database, for tests that count what a whole register holds.
 */
public class IsolatedDatabase implements QuarkusTestProfile {}
