package org.mailroom.ui.workspace;

/** The main window's Workspace menu: files, and saved passwords. */
public record WorkspaceMenu(WorkspaceFilesViewModel files, PasswordsViewModel passwords) {
}
