package org.mailroom.ui.workspace;

/**
 * The main window's Workspace menu: files, saved passwords, and the history of changes.
 *
 * @param showHistory        opens the History window
 * @param showHandoverReview opens "Changes since the last handover"
 * @param markHandedOver     asks, then keeps the workspace as it is now as the last handover
 */
public record WorkspaceMenu(WorkspaceFilesViewModel files, PasswordsViewModel passwords, Runnable showHistory,
                            Runnable showHandoverReview, Runnable markHandedOver) {
}
