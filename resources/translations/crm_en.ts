<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
<context>
    <name></name>
    <message>
        <source>Page {page} of {count}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview: {title}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The PDF could not be written to {path}: {reason}. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer profile: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Classification and value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit and risk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ rising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ falling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ steady</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{amount} (over the credit limit)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Latest credit check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recent follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service records</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created {start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A chosen set of {count} customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The first {shown} of {count} customers: narrow the filter to print the rest</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Filter: {filter}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address labels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Postcode {code}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a customer first, then print its profile.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the customer profile...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer no longer exists: it was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is still loading: print it when the status bar shows its count.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is empty: there is nothing to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the customer list...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The list is empty: there are no addresses to print.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the address labels...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Qt</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PySide</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Python</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CRM Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h2&gt;{name}&lt;/h2&gt;&lt;p&gt;Customer management for office staff.&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copy these details, to paste into a message</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Copied</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ActivityPage</name>
    <message>
        <source>Recency of the last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Number of follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The activity score (0 to 100) mixes the three parts by these weights; only their proportions matter. A weight of 0 leaves that part out.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recency {r}% · purchases {f}% · follow-ups {u}%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity score: at least one weight must be above 0.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>AnalysisReport</name>
    <message>
        <source>owner {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tier {tier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tag {tag}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the customer list&apos;s filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers of {parts}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis report</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end} (as of {as_of}) · {scope}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data for this period and scope.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backups and restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backups are taken on start, every two hours while the window is open, and before every import, undo, bulk change, upgrade or restore. Restoring backs up the current data first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Restore...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from &amp;file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Folder: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backing up the database...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace all current data with the backup from {date} ({customers} customers)?

The current data is backed up first, so this can be reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM Desktop databases (*.db *.sqlite);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Replace all current data with the contents of {file}?

The file is checked first, and the current data is backed up, so this can be reversed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restoring the backup...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The damaged database was kept, unchanged, as {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The data it replaced was backed up to {path}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup folder {path} cannot be created: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backed up at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>On start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before an undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a bulk change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a database upgrade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is damaged ({problem}). CRM Desktop will close now so that nothing more is written to it. Start it again to restore the newest good backup; the damaged file is kept aside, unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is on a network share: {reason}.

SQLite databases on network shares can be corrupted when the connection drops or two computers write at once. Keep the database on this computer&apos;s own disk (choose another location in the settings), and share it by other means.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is damaged ({problem}), and there is no good backup of it. It has not been changed. Keep a copy of the file and ask your support contact, or restore a backup you keep elsewhere with &apos;python main.py restore FILE&apos;.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database {path} is damaged ({problem}). It has not been changed.

Restore the newest good backup, from {date} ({customers} customers)? The damaged file is kept aside, unchanged.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The backup from {date} was restored. The damaged database was kept as {copy}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Save as PNG...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No data for this period and scope.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chart could not be saved to {path}. Choose a folder you may write to.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ChoiceListPage</name>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New entry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{list}: keep at least one entry.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{list}: an entry is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{list}: “{name}” is listed twice.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CompanyPage</name>
    <message>
        <source>Company &amp;name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printed at the top of every page of the customer profile, the customer list and the analysis report. Left empty, the reports show “CRM Desktop”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerDetailTab</name>
    <message>
        <source>Unsaved changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the customer (Ctrl+S)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revert</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Throw away the changes made since the last save</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer is open.

Double-click a customer in the list, or press Ctrl+N for a new one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer is open.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The changes to “{name}” are not saved. Save them?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was saved. Please correct:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same customer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>same unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nearly the same name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This customer may already exist:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open the existing customer (your changes here are dropped), save anyway, or go back to the form.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open existing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the new customer</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Not graded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>optional, unique</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>e.g. 2024-03-05</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mark as invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>13800138000, one or more</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Basic</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service terms</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid (marked by hand)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid: no way to reach the customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open contract amounts of {open} (open deals {deals}, unpaid orders {unpaid}) exceed the credit limit of {limit}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The service expired on {date}: talk about renewal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The service expires in %n day(s), on {date}: time to talk about renewal.</source>
        <translation>
            <numerusform>The service expires in %n day, on {date}: time to talk about renewal.</numerusform>
            <numerusform>The service expires in %n days, on {date}: time to talk about renewal.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column} (cannot be sorted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{column}: click to sort</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set by hand (the tier rules do not change it)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up overdue: it was due on {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid: no way to reach this customer, or marked invalid by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never contacted: overdue for follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Overdue for follow-up: last contact %n day(s) ago</source>
        <translation>
            <numerusform>Overdue for follow-up: last contact %n day ago</numerusform>
            <numerusform>Overdue for follow-up: last contact %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-up due soon: last contact %n day(s) ago</source>
        <translation>
            <numerusform>Follow-up due soon: last contact %n day ago</numerusform>
            <numerusform>Follow-up due soon: last contact %n days ago</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contacted on schedule: last contact %n day(s) ago</source>
        <translation>
            <numerusform>Contacted on schedule: last contact %n day ago</numerusform>
            <numerusform>Contacted on schedule: last contact %n days ago</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown column</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerListTab</name>
    <message>
        <source>Search by name, contact, phone, e-mail or pinyin (zhangsan, zs)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show or hide the filter panel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Assign owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Make one staff member the owner of the selected customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tags...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give tags to the selected customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove tags...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Take tags from the selected customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Set tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the tier of the selected customers by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By the rules (clear the hand-set tier)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move the selected customers to the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Restore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring the selected customers back from the archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the selected customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select all</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None of the chosen customers is in this list any more.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The archive is empty.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches “{text}”. Check the spelling, or search by phone, e-mail or pinyin initials.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customer matches these filters. Clear filters to see everyone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No customers yet: create one with Ctrl+N or import a spreadsheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Filters (%n)</source>
        <translation>
            <numerusform>Filters (%n)</numerusform>
            <numerusform>Filters (%n)</numerusform>
        </translation>
    </message>
    <message>
        <source>Filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Showing: {summary}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All selected (the list is still loading)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n selected (the list is still loading)</source>
        <translation>
            <numerusform>%n selected (the list is still loading)</numerusform>
            <numerusform>%n selected (the list is still loading)</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>%n selected</numerusform>
            <numerusform>%n selected</numerusform>
        </translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Changing %n customer(s)...</source>
        <translation>
            <numerusform>Changing %n customer...</numerusform>
            <numerusform>Changing %n customers...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Owner changed for %n customer(s).</source>
        <translation>
            <numerusform>Owner changed for %n customer.</numerusform>
            <numerusform>Owner changed for %n customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tier given back to the rules for %n customer(s).</source>
        <translation>
            <numerusform>Tier given back to the rules for %n customer.</numerusform>
            <numerusform>Tier given back to the rules for %n customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tier set by hand for %n customer(s).</source>
        <translation>
            <numerusform>Tier set by hand for %n customer.</numerusform>
            <numerusform>Tier set by hand for %n customers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Add tags to the selected customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tags added to %n customer(s).</source>
        <translation>
            <numerusform>Tags added to %n customer.</numerusform>
            <numerusform>Tags added to %n customers.</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove tags from the selected customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tags removed from %n customer(s).</source>
        <translation>
            <numerusform>Tags removed from %n customer.</numerusform>
            <numerusform>Tags removed from %n customers.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) moved to the archive.</source>
        <translation>
            <numerusform>%n customer moved to the archive.</numerusform>
            <numerusform>%n customers moved to the archive.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) brought back from the archive.</source>
        <translation>
            <numerusform>%n customer brought back from the archive.</numerusform>
            <numerusform>%n customers brought back from the archive.</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Delete %n customer(s) with their contacts, follow-ups, deals, orders and service records?

You can undo this for a short while.</source>
        <translation>
            <numerusform>Delete %n customer with their contacts, follow-ups, deals, orders and service records?

You can undo this for a short while.</numerusform>
            <numerusform>Delete %n customers with their contacts, follow-ups, deals, orders and service records?

You can undo this for a short while.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) deleted.</source>
        <translation>
            <numerusform>%n customer deleted.</numerusform>
            <numerusform>%n customers deleted.</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) changed by this action were edited afterwards. Undoing it would discard those edits too.

Undo anyway?</source>
        <translation>
            <numerusform>%n customer changed by this action was edited afterwards. Undoing it would discard those edits too.

Undo anyway?</numerusform>
            <numerusform>%n customers changed by this action were edited afterwards. Undoing it would discard those edits too.

Undo anyway?</numerusform>
        </translation>
    </message>
    <message>
        <source>This action can no longer be undone.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Type a name to search</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>&amp;Choose another file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Use the &amp;default location</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In use now:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open at next start:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The new location is used the next time CRM Desktop starts; the file is created there if it does not exist. To move your data, make a backup and restore it at the new place.&lt;br&gt;&lt;br&gt;&lt;b&gt;Network drives:&lt;/b&gt; keep the database on this computer&apos;s own disk. On a shared or network folder, file locking is unreliable: two people writing at once, or a dropped connection, can damage the database. Share data through backups, or a database server when the office needs several users.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The environment variable {name} is set: it chooses the database and wins over this setting.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} (default)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This looks like a network location. See the warning below.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database for the next start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM Desktop database (*.db);;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: the folder {folder} does not exist.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: the folder {folder} cannot be written.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <source>Pick a date</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DealStagesPage</name>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability (%)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open stages in the order deals move through them, then the won and lost stages. A deal entering a stage takes its probability. Deals keep their stage when you rename or reorder it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the deals at this stage...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove deal stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) are at the stage “{name}”. They keep it, but it no longer shows in the funnel or the stage lists until you add a stage again.

Remove the stage anyway?</source>
        <translation>
            <numerusform>%n deal is at the stage “{name}”. It keeps it, but it no longer shows in the funnel or the stage lists until you add a stage again.

Remove the stage anyway?</numerusform>
            <numerusform>%n deals are at the stage “{name}”. They keep it, but it no longer shows in the funnel or the stage lists until you add a stage again.

Remove the stage anyway?</numerusform>
        </translation>
    </message>
    <message>
        <source>Deal stages: every stage needs a name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal stages: the name “{name}” is used twice.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal stages: the probability of “{name}” must be from 0 to 100 %.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal stages: “{name}” cannot be both won and lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal stages: keep at least one open stage.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>What was discussed? (Ctrl+Enter logs the follow-up)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result, agreement, next step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up tomorrow</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up in a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>+1 month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow up in a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Co&amp;ntact:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;ontent:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Stage after:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ne&amp;xt follow-up:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— unchanged —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— none —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log follow-up</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The database file cannot be found or opened. Check the path in the settings, or that the folder exists and you may write to it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database is busy: another window or program is writing to it. Nothing was changed. Wait a moment and try again; if it stays busy, close the other CRM Desktop windows that use this file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database cannot be written: the file or its folder is read-only. Nothing was changed. Check the file&apos;s permissions, or choose another database location in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The disk is full. Nothing was changed. Free some space and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The database file is damaged. It has not been changed. Restore the newest good backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This database was written by a newer version of CRM Desktop. Install the newer version to open it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a CRM Desktop database, or it is encrypted. Choose another file, or restore a backup.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a phone number. Write a mobile such as 13800138000 or a landline such as 010-12345678.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: “{value}” is not an e-mail address (like name@example.com).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a date. Write it like 2024-03-05 or 2024年3月5日.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: “{value}” is not an amount of money.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: “{value}” is not one of the choices.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a whole number.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: another customer already has the code “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The name “{value}” is already used. Choose another name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: no customer matches “{value}”.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} is too long.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>(no log file)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CRM Desktop: unexpected error</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong that should not have. Your data is as it was before this action.

The details are in the log file:
{path}

Please send that file to your support contact.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExportDialog</name>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;current list (its filter, order and columns)</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>The &amp;current list: %n customer(s), with its filter, order and columns</source>
        <translation>
            <numerusform>The &amp;current list: %n customer, with its filter, order and columns</numerusform>
            <numerusform>The &amp;current list: %n customers, with its filter, order and columns</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;All customers, with every field</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV, UTF-8 (.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dates are written as dates, amounts as numbers and phone numbers as text. A cell that starts with = + - or @ is written as text, so it can never run as a formula.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a blank import &amp;template...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Format:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) exported to {path}.</source>
        <translation>
            <numerusform>%n customer exported to {path}.</numerusform>
            <numerusform>%n customers exported to {path}.</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}. Close it if it is open in Excel or WPS, or choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting customers...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>customer-import-template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}. Choose another folder.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Template saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import template is in {path}. Fill in one customer per row, then import it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FactsBand</name>
    <message>
        <source>Set tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fix the tier at {tier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Let the rules decide the tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fill in the form and save; records and tags come after.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{amount} (%n order(s))</source>
        <translation>
            <numerusform>{amount} (%n order)</numerusform>
            <numerusform>{amount} (%n orders)</numerusform>
        </translation>
    </message>
    <message>
        <source>now (never contacted)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↑ rising</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>↓ falling</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>→ steady</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FilePage</name>
    <message>
        <source>Choose a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel (.xlsx, .xlsm, .xls, .xlsb), OpenDocument (.ods) or CSV. You can also drop the file on this window.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save a blank import &amp;template...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An empty workbook with the columns the import recognises and a sheet of instructions; fill it in and import it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows are:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Spreadsheets ({patterns});;All files (*)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the file...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n sheet(s).</source>
        <translation>
            <numerusform>{name}: %n sheet.</numerusform>
            <numerusform>{name}: %n sheets.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Pick a saved filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the current filter under a name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved filter picked here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the archive instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>List the archived customers rather than the working list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Must have all checked tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unchecked: customers with any of the checked tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid and invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invalid only</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid or invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search: “{text}”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> and </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>, </source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title}: {values}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created {start} – {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created on or after {start}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created on or before {end}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>A chosen set of %n customer(s)</source>
        <translation>
            <numerusform>A chosen set of %n customer</numerusform>
            <numerusform>A chosen set of %n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name of this filter:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A filter named “{name}” exists. Replace it?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete saved filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the saved filter “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>Choose a customer in the customer list, or open one from the reminders, to see its history and log a follow-up.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open &amp;detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show this customer&apos;s record in the detail tab</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel / type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing logged yet for this customer: write the first follow-up above.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>deal stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read the reminder lists again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Reminders&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) or more</source>
        <translation>
            <numerusform>%n day or more</numerusform>
            <numerusform>%n days or more</numerusform>
        </translation>
    </message>
    <message>
        <source>never contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No contact for:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>%n day late</numerusform>
            <numerusform>%n days late</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>in %n day</numerusform>
            <numerusform>in %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>never</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n day</numerusform>
            <numerusform>%n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Silent for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Days left</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups: {due} due today, {overdue} overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due today</source>
        <translation>
            <numerusform>%n follow-up due today</numerusform>
            <numerusform>%n follow-ups due today</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>%n follow-up overdue</numerusform>
            <numerusform>%n follow-ups overdue</numerusform>
        </translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up: {date}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}”: {old} → {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{title}” opened at {new}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write what was discussed, or the outcome.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Logged at {time}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The follow-up of {when} was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer was changed after the delete. Undoing it now also puts back what was changed since.

{detail}

Undo anyway?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open customer detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Log a follow-up here</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up is due today.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up is overdue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No follow-up is planned for the next 7 days.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No forgotten customer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>No service expires within %n day(s).</source>
        <translation>
            <numerusform>No service expires within %n day.</numerusform>
            <numerusform>No service expires within %n days.</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reminders could not be read: {message}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Forgotten</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Renewals due</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Customers whose service expires within %n day(s)</source>
        <translation>
            <numerusform>Customers whose service expires within %n day</numerusform>
            <numerusform>Customers whose service expires within %n days</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (left)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>HeaderPage</name>
    <message>
        <source>Find the header row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The highlighted row holds the column names. Click another row if it is wrong, or tick “no header row” when the sheet starts with data.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No header row: name the columns A, B, C...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading the sheet...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No header row: the columns are named A, B, C... and mapped by their content.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row} holds the column names; the data starts below it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>row {row}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows left out because they are not data: {rows}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No spreadsheet has been imported yet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo this import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove what the import created and put back what it updated.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo the import of {file} ({sheet})? The customers and records it created are removed and the customers it updated are put back as they were.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportHistoryModel</name>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rows are</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The program stopped during this import. The rows it saved are in the database; undo removes them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone on {date}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>The file could not be opened. Check that it still exists and that you may read it, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This workbook is protected with a password. Open it in Excel or WPS, remove the password, save it, and import the saved file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is damaged or incomplete (it may have been cut off while downloading or copying). Open it in Excel or WPS; if it opens, save it again as .xlsx and import that, otherwise get a fresh copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This file is not a spreadsheet. Import an Excel workbook (.xlsx, .xls, .xlsb), an OpenDocument spreadsheet (.ods) or a CSV file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file is empty: it holds no cells with data. Check that you chose the right file; if it shows data in Excel or WPS, save it again there and import the copy.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The chosen sheet is empty. Choose the sheet that holds the customer list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This sheet is not a table: it looks like a form with labels and values side by side. Import a list with one row per customer and one column per field.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file was refused because it would expand to an unreasonable size when opened. If you trust it, open it in Excel, copy the data to a new workbook and import that.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet is too large to import at once. Split it into several files, or delete empty rows and columns far from the data, then import again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The workbook has no sheet by that name. Choose one of its sheets.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file {name} does not exist. Choose the file again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You may not read {name}. Close it in Excel or WPS if it is open there, or copy it to your documents folder, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>blank row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>required/optional markers (必填/选填)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>example row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>instructions or notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>totals row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the header repeated</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>part of a header of several rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column is mapped to the customer name. Go back to the mapping and choose “Name” for the column that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column finds the customer of each row. Go back to the mapping and choose the customer&apos;s name, code, phone or e-mail for the column that holds it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong; the details are in the log file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Checking every row...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Something went wrong; the details are in the log file. Rows saved before the problem can be undone from the import history.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the failed rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed rows saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The failed rows are in {path}. Fix them there and import that file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed rows not saved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saving the failed rows...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the customers and records this import created and put back the customers it updated?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{reason}

Undo anyway? The later edits of those customers are lost too.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undoing the import...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Ordinary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>VIP</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Super</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Intent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Honeymoon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Potential customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Migrating customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Frozen customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important to develop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Important to win back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General to develop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General to keep</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>General to win back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On schedule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Due today</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upcoming 7 days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Company</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Low</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Medium</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>High</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repair</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Normal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identified</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Met</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By rule</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Solution / quote</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Short name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Province</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>City</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>District</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Website</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Valid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Marked invalid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Habits</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Risk reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit grade</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contract amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier set by hand</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value class</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Activity</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Region</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status (valid / invalid)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>First name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Content</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Order cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Product category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products / description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Done</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Running</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undone</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>&amp;Language:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>On first start the window follows the system language ({system}). Menus and dialogs opened from now on use the new language; some texts of the open window change after a restart.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LifecyclePage</name>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{honeymoon} ends after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{active} ends after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{churning} ends after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won back after a silence of</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The months count from the customer&apos;s last purchase; a customer who never bought is a prospect. A customer who buys again after a silence at least this long counts as won back in the reports.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{honeymoon}: bought within {a} months · {active}: {a} to {b} months · {churning}: {b} to {c} months · {dormant}: more than {c} months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle: the three limits must increase (for example 3, 6 and 12 months); they are now {a}, {b} and {c}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-up log</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reports</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Log follow-up</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Backups and restore...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Recompute classification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recompute tiers, value classes and RFM</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;About CRM Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the customer profile or the customer list, with a preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print address &amp;labels...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Main</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import customers, follow-ups, deals or orders from Excel or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import &amp;history...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The imports so far; undo one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export the current list or all customers to Excel or CSV</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save import &amp;template...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A blank workbook with the columns the import recognises</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputing tiers, value classes and RFM segments...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) in this view</source>
        <translation>
            <numerusform>%n customer in this view</numerusform>
            <numerusform>%n customers in this view</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still searching: showing the first %n customer(s)</source>
        <translation>
            <numerusform>Still searching: showing the first %n customer</numerusform>
            <numerusform>Still searching: showing the first %n customers</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n follow-up due</numerusform>
            <numerusform>%n follow-ups due</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Each column of the file goes to a field. Columns you do not need can be kept in the notes or ignored.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Keep in notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This matching was remembered from your last file with the same columns.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No column was recognised. Choose a field for at least the column that holds the customer&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Duplicates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A row is the same customer as one already saved when it has the same customer code, credit code, mobile, e-mail or name. Rows with different customer codes are always different customers.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Skip them (recommended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer already saved stays as it is; the row is counted as skipped.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Update the saved customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The columns you matched overwrite those fields of the saved customer; its other fields stay. The import can be undone, updates included.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import as &amp;new customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every row becomes a new customer, even when it looks like one already saved.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dry run: check every row</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads and checks the whole file and says what the import would do, without saving anything.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Checked %n row(s): the import would create {created}, update {updated}, skip {skipped} and fail {failed}.</source>
        <translation>
            <numerusform>Checked %n row: the import would create {created}, update {updated}, skip {skipped} and fail {failed}.</numerusform>
            <numerusform>Checked %n rows: the import would create {created}, update {updated}, skip {skipped} and fail {failed}.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) would be imported with a warning.</source>
        <translation>
            <numerusform>%n row would be imported with a warning.</numerusform>
            <numerusform>%n rows would be imported with a warning.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check the first rows</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This is how the first rows will be imported. Cells with a problem are red: point at one to read why. Rows with problems are not imported; they go to the error workbook, where you can fix and import them again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Converting the first rows...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown.</source>
        <translation>
            <numerusform>%n row shown.</numerusform>
            <numerusform>%n rows shown.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have problems.</source>
        <translation>
            <numerusform>%n of them has a problem.</numerusform>
            <numerusform>%n of them have problems.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be imported with a warning (yellow): what could not be read is kept as typed.</source>
        <translation>
            <numerusform>%n will be imported with a warning (yellow): what could not be read is kept as typed.</numerusform>
            <numerusform>%n will be imported with a warning (yellow): what could not be read is kept as typed.</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The printer or the file could not be opened for printing. Check that the printer is on, or that the folder exists and you may write to it, and try again.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Add...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>%n record</numerusform>
            <numerusform>%n records</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The delete cannot be undone any more: the records it touched were changed since.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordTables</name>
    <message>
        <source>(none)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name} (left)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Priority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the contact “{name}”?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Job title</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the deal “{name}” and its stage history?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Probability %</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>from the stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit order</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete the order of {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Products / description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Category</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cost</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Service</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New service record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit service record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this service record of {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Kind</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Subject</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>set when resolved</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this need of {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Need</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Credit checks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New credit check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Edit credit check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete this credit check of {name}?</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Source</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Result</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier history</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>From</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record gone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This record no longer exists: it was deleted, perhaps in another window. The list has been refreshed.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{tier}: contact at least every</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Contact frequency&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer whose last follow-up is older than this is overdue: the customer list shows it red, and amber when it is close.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remind of a service expiry</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;b&gt;Renewals&lt;/b&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customers whose service expires within this many days appear in the follow-up log&apos;s “Renewals due” list.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Reports</name>
    <message>
        <source>Customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Churning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won back</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repurchase rate (customers)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repurchase rate (orders)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average satisfaction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Total profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit share of the top 20%</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average customer lifetime value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{label}: {count} customers, revenue in the period {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revenue in the period</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month}: {count} new customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New customers per month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Average score</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{month}: average {score} from {count} ratings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Satisfaction trend</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: profit {profit} from {count} orders</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Top customers by profit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reached this stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conversion from the stage before</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} now · {amount}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{stage}: reached by {reached}; {count} deals now at this stage ({amount}); conversion {conversion}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{name}: {customers} customers, {new} new, {follow_ups} follow-ups ({overdue} overdue), {won} deals won ({amount})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff KPIs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier distribution</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle stages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Segment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value classes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value class</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>This month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This year</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One owner</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The customer list&apos;s current filter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Analysis report...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print preview of the analysis report; print it or save it as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Period:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save this table as an Excel workbook (.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>None yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loading the charts...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The period ends before it starts: choose an end date on or after the start date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Computing...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No owner or tag to choose yet, so all customers are shown.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{start} to {end}, as of {as_of}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Export table</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can cancel: the rows already saved stay, and the whole import can still be undone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and saving the rows...</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved...</source>
        <translation>
            <numerusform>%n row saved...</numerusform>
            <numerusform>%n rows saved...</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling after the current batch...</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Channels</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The ways a follow-up can happen: phone, WeChat, visit... Follow-ups already logged keep the channel they were logged with.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sources</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Where customers come from. Customers keep the source they have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Industries</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The industries to choose from. Customers keep the industry they have.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Show the default values on this page</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Please correct these settings:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recomputing tiers, value classes and RFM segments...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The language is changed. Some texts of the open window change after CRM Desktop is restarted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetPage</name>
    <message>
        <source>Choose the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The sheet that looks like a customer list is chosen; pick another if it is not the right one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name}  —  %n row(s)</source>
        <translation>
            <numerusform>{name}  —  %n row</numerusform>
            <numerusform>{name}  —  %n rows</numerusform>
        </translation>
    </message>
    <message>
        <source>(hidden sheet)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Name of a new staff member</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Active</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes on this page are saved at once. Double-click a cell to change a name, e-mail or phone. Someone who leaves is made inactive rather than deleted: their name stays on the customers and follow-ups they handled, but they no longer appear in the lists to choose from.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Staff</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is already a staff member with this name.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SummaryPage</name>
    <message>
        <source>Import finished</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened to each row of the sheet.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the &amp;failed rows as a workbook...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The rows that were not imported, as they were in your file, with the reason in the first column. Fix them and import that workbook.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Put the customer database back exactly as it was before this import.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The import did not finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Created: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Updated: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Skipped (already saved): {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Failed: {n}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n imported row(s) have a warning: what could not be read (such as a phone number) was kept as typed.</source>
        <translation>
            <numerusform>%n imported row has a warning: what could not be read (such as a phone number) was kept as typed.</numerusform>
            <numerusform>%n imported rows have a warning: what could not be read (such as a phone number) was kept as typed.</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were not data (blank, notes, totals) and were left out.</source>
        <translation>
            <numerusform>%n row was not data (blank, notes, totals) and was left out.</numerusform>
            <numerusform>%n rows were not data (blank, notes, totals) and were left out.</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the rows saved before the cancel stay; undo the import to remove them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>... and %n more in the error workbook.</source>
        <translation>
            <numerusform>... and %n more in the error workbook.</numerusform>
            <numerusform>... and %n more in the error workbook.</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {row} (imported): {reason}</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>... and %n more imported row(s) with a warning.</source>
        <translation>
            <numerusform>... and %n more imported row with a warning.</numerusform>
            <numerusform>... and %n more imported rows with a warning.</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was undone: the database is as it was before.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagChip</name>
    <message>
        <source>Remove the tag “{tag}”</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>Add a tag: type a name, pinyin or “group: tag”</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The group a new tag goes into; type a name for a new group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New tags go into</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No tags yet. Tags describe the customer (gender, age band, spending preference...) and the list filters by them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagGroupsPage</name>
    <message>
        <source>Name of a new group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Portrait tags belong to groups (gender, age group, preferences...). Changes on this page are saved at once. Deleting a group removes its tags from every customer; it can be undone until you close the dialog.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tag groups</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n tag(s))</source>
        <translation>
            <numerusform>{name} (%n tag)</numerusform>
            <numerusform>{name} (%n tags)</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename tag group</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New name:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Counting the customers with these tags...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Delete tag group</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Tags of the group “{name}” are given to customers %n time(s). Deleting the group takes these tags off those customers.

Delete it?</source>
        <translation>
            <numerusform>Tags of the group “{name}” are given to customers %n time. Deleting the group takes these tags off those customers.

Delete it?</numerusform>
            <numerusform>Tags of the group “{name}” are given to customers %n times. Deleting the group takes these tags off those customers.

Delete it?</numerusform>
        </translation>
    </message>
    <message>
        <source>The group “{name}” was deleted.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TagPickerDialog</name>
    <message>
        <source>Filter tags</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There are no tags yet: add them in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TierRulesPage</name>
    <message>
        <source> months</source>
        <extracomment>Pages whose changes are written at once (records, not settings) have no defaults.</extracomment>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Count purchases of the last:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tier</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Amount bought at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purchases at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Referrals at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every other customer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A customer reaches a tier when any one of its thresholds is met; the highest tier reached wins. Amounts and purchases count the orders of the window above; referrals count every customer this one brought in. A tier set by hand on a customer stays until it is cleared there. Tiers are recomputed for every customer when you press OK.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>purchases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>referrals</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tiers: the {high} threshold for {what} must be above the {low} one, or no customer would reach {low} by it.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Upgrade</name>
    <message>
        <source>CRM Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Upgrading the database {path} for this version of CRM Desktop.

A backup of it is taken first. On a large database this takes a few minutes.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ValueClassPage</name>
    <message>
        <source> months</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{value}: the top share by amount</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Growing or declining: change of at least</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{potential}: new within</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{frozen}: no purchase for</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>RFM segments: purchases of the last</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value customers are the top share by 12-month amount and not declining; potential customers buy little but grow by the change above, or are new with a repeat purchase; migrating customers declined by it; frozen customers stopped buying.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value classes</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to CRM Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to CRM Desktop&lt;/h3&gt;&lt;p&gt;Your customer database is empty. How would you like to begin?&lt;/p&gt;</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can choose another location in the settings.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Import a spreadsheet...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Bring in your customer list from Excel (.xlsx, .xls, .ods) or CSV.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Importing spreadsheets is not available in this version.</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n customer</numerusform>
            <numerusform>%n customers</numerusform>
        </translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Invented customers with three years of follow-ups, deals and orders, to try the application. Delete them before real work, or use another database file.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start with an empty database</source>
        <translation type="unfinished"></translation>
    </message>
    <message numerus="yes">
        <source>Creating %n demo customer(s)...</source>
        <translation>
            <numerusform>Creating %n demo customer...</numerusform>
            <numerusform>Creating %n demo customers...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>customer_reports</name>
    <message>
        <source>All customers</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
