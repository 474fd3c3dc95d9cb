package nl.kringwerk.insights.service;

import jakarta.annotation.PostConstruct;
import jakarta.persistence.EntityManagerFactory;
import java.util.LinkedHashSet;
import java.util.Set;
import nl.kringwerk.base.events.GroupData;
import org.hibernate.action.spi.BeforeTransactionCompletionProcess;
import org.hibernate.engine.spi.SessionFactoryImplementor;
import org.hibernate.event.service.spi.EventListenerRegistry;
import org.hibernate.event.spi.EventSource;
import org.hibernate.event.spi.EventType;
import org.hibernate.event.spi.PostCollectionRecreateEvent;
import org.hibernate.event.spi.PostCollectionRecreateEventListener;
import org.hibernate.event.spi.PostCollectionRemoveEvent;
import org.hibernate.event.spi.PostCollectionRemoveEventListener;
import org.hibernate.event.spi.PostCollectionUpdateEvent;
import org.hibernate.event.spi.PostCollectionUpdateEventListener;
import org.hibernate.event.spi.PostDeleteEvent;
import org.hibernate.event.spi.PostDeleteEventListener;
import org.hibernate.event.spi.PostInsertEvent;
import org.hibernate.event.spi.PostInsertEventListener;
import org.hibernate.event.spi.PostUpdateEvent;
import org.hibernate.event.spi.PostUpdateEventListener;
import org.hibernate.persister.entity.EntityPersister;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Keeps the insights summary up to date as data is written: every row written that belongs to a
 * group ({@link GroupData}: the group, its members, sessions, attendance, cycles, journal entries,
 * loans) marks its group; just before the transaction commits, one row per marked group goes into
 * the summary's outbox in the same transaction, and after the commit {@link SummaryOutbox} brings
 * the summary up to date in the background (issue 22: the booking no longer waits for 20-odd summary
 * statements). A rolled-back write leaves no outbox row and changes nothing.
 */
@Component
class SummaryUpdater {

    private static final String MARKED = SummaryUpdater.class.getName() + ".groups";

    private final EntityManagerFactory entityManagerFactory;
    private final SummaryOutbox outbox;

    SummaryUpdater(EntityManagerFactory entityManagerFactory, SummaryOutbox outbox) {
        this.entityManagerFactory = entityManagerFactory;
        this.outbox = outbox;
    }

    @PostConstruct
    void listen() {
        EventListenerRegistry registry = entityManagerFactory
                .unwrap(SessionFactoryImplementor.class)
                .getServiceRegistry()
                .getService(EventListenerRegistry.class);
        Marker marker = new Marker();
        registry.appendListeners(EventType.POST_INSERT, marker);
        registry.appendListeners(EventType.POST_UPDATE, marker);
        registry.appendListeners(EventType.POST_DELETE, marker);
        registry.appendListeners(EventType.POST_COLLECTION_UPDATE, marker);
        registry.appendListeners(EventType.POST_COLLECTION_RECREATE, marker);
        registry.appendListeners(EventType.POST_COLLECTION_REMOVE, marker);
    }

    /** Every kind of write Hibernate reports: a row inserted, updated or deleted, or a collection changed. */
    private final class Marker
            implements PostInsertEventListener,
                    PostUpdateEventListener,
                    PostDeleteEventListener,
                    PostCollectionUpdateEventListener,
                    PostCollectionRecreateEventListener,
                    PostCollectionRemoveEventListener {

        @Override
        public void onPostInsert(PostInsertEvent event) {
            mark(event.getEntity(), event.getSession());
        }

        @Override
        public void onPostUpdate(PostUpdateEvent event) {
            mark(event.getEntity(), event.getSession());
        }

        @Override
        public void onPostDelete(PostDeleteEvent event) {
            mark(event.getEntity(), event.getSession());
        }

        @Override
        public void onPostUpdateCollection(PostCollectionUpdateEvent event) {
            mark(event.getAffectedOwnerOrNull(), event.getSession());
        }

        @Override
        public void onPostRecreateCollection(PostCollectionRecreateEvent event) {
            mark(event.getAffectedOwnerOrNull(), event.getSession());
        }

        @Override
        public void onPostRemoveCollection(PostCollectionRemoveEvent event) {
            mark(event.getAffectedOwnerOrNull(), event.getSession());
        }

        @Override
        public boolean requiresPostCommitHandling(EntityPersister persister) {
            return false;
        }
    }

    /**
     * Marks the row's group. The first mark in a transaction asks Hibernate to write the outbox rows
     * just before the transaction completes, after its last flush, so even a change flushed at commit
     * counts; the outbox is woken after the commit.
     */
    private void mark(@Nullable Object entity, EventSource session) {
        if (!(entity instanceof GroupData data)
                || data.groupIdForInsights() == null
                || !TransactionSynchronizationManager.isSynchronizationActive()) {
            return;
        }
        @SuppressWarnings("unchecked")
        Set<Long> marked = (Set<Long>) TransactionSynchronizationManager.getResource(MARKED);
        if (marked == null) {
            Set<Long> groups = new LinkedHashSet<>();
            TransactionSynchronizationManager.bindResource(MARKED, groups);
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    outbox.wake();
                }

                @Override
                public void afterCompletion(int status) {
                    TransactionSynchronizationManager.unbindResourceIfPossible(MARKED);
                }
            });
            session.getActionQueue()
                    .registerProcess((BeforeTransactionCompletionProcess) s -> outbox.record(Set.copyOf(groups)));
            marked = groups;
        }
        marked.add(data.groupIdForInsights());
    }
}
