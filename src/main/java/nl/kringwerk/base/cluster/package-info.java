/**
 * Several instances of the app (issue 22): what one instance tells the others, and the little state
 * they share. On one machine everything stays in the process ({@link InProcessCluster}); with
 * {@code kringwerk.cluster.enabled=true} it goes over Hazelcast's embedded cluster ({@link HazelcastCluster}).
 */
@NullMarked
package nl.kringwerk.base.cluster;

import org.jspecify.annotations.NullMarked;
