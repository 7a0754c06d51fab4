<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en_US">
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
    <message>
        <source>Customer detail</source>
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
    <message>
        <source>{amount} ({count} orders)</source>
        <translation type="unfinished"></translation>
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
        <source>Created {start} – {end}</source>
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
        <source>Recomputing tiers, value classes and RFM segments...</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About CRM Desktop</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&lt;h3&gt;CRM Desktop {version}&lt;/h3&gt;&lt;p&gt;Customer management for office staff.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
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
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>%n follow-up due</numerusform>
            <numerusform>%n follow-ups due</numerusform>
        </translation>
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
        <source>Title</source>
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
</TS>
