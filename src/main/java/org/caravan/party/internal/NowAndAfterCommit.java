package org.caravan.party.internal;

import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * Clears a cache of what the store says now, and again once the change commits: a reader in
 * between still sees the store as it was and would put the old state back for a while.
 */
final class NowAndAfterCommit {

    private NowAndAfterCommit() {
    }

    static void run(Runnable forget) {
        forget.run();
        if (TransactionSynchronizationManager.isSynchronizationActive()) {
            TransactionSynchronizationManager.registerSynchronization(new TransactionSynchronization() {
                @Override
                public void afterCommit() {
                    forget.run();
                }
            });
        }
    }
}
