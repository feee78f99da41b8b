package org.mailroom;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.mailroom.domain.InboundMailbox;
import org.mailroom.secrets.OsKeyring;
import org.mailroom.secrets.Secrets;
import org.mailroom.secrets.Vault;
import org.mailroom.service.MailboxService;
import org.mailroom.service.WorkspaceEvents;
import org.mailroom.store.ApplicationStore;
import org.mailroom.store.MailServerStore;
import org.mailroom.store.MailboxStore;
import org.mailroom.store.SampleWorkspace;
import org.mailroom.store.WorkspaceDatabase;
import org.mailroom.testing.UiTest;
import org.mailroom.testing.Workspaces;
import org.mailroom.ui.common.Background;
import org.mailroom.ui.common.FxBackground;
import org.testfx.api.FxToolkit;
import org.testfx.util.WaitForAsyncUtils;

/** Closing the app never loses a write the admin made just before, and a cancelled run never starts. */
@UiTest
class ClosingTest {

    @TempDir
    Path folder;

    @BeforeAll
    static void startToolkit() throws Exception {
        FxToolkit.registerPrimaryStage(); // the background's Tasks report on the FX thread
    }

    @Test
    void closingTheAppLetsQueuedWorkspaceWritesFinishBeforeTheWorkspaceCloses() throws Exception {
        AppPaths paths = new AppPaths(folder.resolve("app"));
        Mailroom mailroom = Mailroom.open(paths);
        WaitForAsyncUtils.clearExceptions(); // from mail servers other test classes left closing, not from this app
        WaitForAsyncUtils.asyncFx(() -> {
            mailroom.wiring().mailboxes().loadSamples(); // queued on the workspace thread
            mailroom.close();                             // at once, as when the window closes
        }).get(30, TimeUnit.SECONDS);

        try (WorkspaceDatabase reopened = WorkspaceDatabase.open(paths.dataFolder())) {
            MailServerStore servers = new MailServerStore(reopened);
            assertThat(new MailboxStore(reopened, servers).count()).isEqualTo(8); // the sample workspace
        }
    }

    @Test
    void everyQueuedSaveIsOnDiskAfterClosingAndACancelledOneNeverRuns() throws Exception {
        WorkspaceDatabase database = WorkspaceDatabase.open(folder.resolve("ws"));
        MailServerStore servers = new MailServerStore(database);
        MailboxStore mailboxes = new MailboxStore(database, servers);
        MailboxService service = new MailboxService(database, mailboxes, new ApplicationStore(database),
                new SampleWorkspace(servers, mailboxes), new Secrets(new Vault(database, OsKeyring.UNAVAILABLE)),
                new WorkspaceEvents());
        FxBackground workspace = new FxBackground("test-workspace", 1);
        CountDownLatch release = new CountDownLatch(1);
        workspace.run(() -> release.await(10, TimeUnit.SECONDS), done -> { }, failed -> { });
        AtomicBoolean cancelledRan = new AtomicBoolean();
        Background.Run cancelled = workspace.run(() -> {
            cancelledRan.set(true);
            return null;
        }, done -> { }, failed -> { });
        cancelled.cancel(); // before the worker, busy with the first run, has taken it
        for (int i = 0; i < 40; i++) {
            InboundMailbox draft = InboundMailbox.draft("queued" + i, 5, "queued" + i, Workspaces.imapPreset(servers));
            workspace.run(() -> service.save(draft, Optional.empty()), saved -> { }, failed -> { });
        }
        release.countDown();

        workspace.closeAfterQueuedWork();
        database.close();

        assertThat(cancelled.isCancelled()).isTrue();
        assertThat(cancelledRan).isFalse();
        try (WorkspaceDatabase reopened = WorkspaceDatabase.open(folder.resolve("ws"))) {
            MailServerStore reread = new MailServerStore(reopened);
            List<String> names = new MailboxStore(reopened, reread).findAll().stream().map(m -> m.name()).toList();
            assertThat(names).hasSize(40).contains("queued0", "queued39");
        }
    }
}
