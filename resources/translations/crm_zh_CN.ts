<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name>ActivityPage</name>
    <message>
        <source>Recency of the last purchase</source>
        <translation>最近购买时间</translation>
    </message>
    <message>
        <source>Number of purchases</source>
        <translation>购买次数</translation>
    </message>
    <message>
        <source>Number of follow-ups</source>
        <translation>跟进次数</translation>
    </message>
    <message>
        <source>The activity score (0 to 100) mixes the three parts by these weights; only their proportions matter. A weight of 0 leaves that part out.</source>
        <translation>活跃度得分（0 到 100）按以上权重综合三项计算，只看各项权重的比例。权重为 0 表示不计该项。</translation>
    </message>
    <message>
        <source>Activity score</source>
        <translation>活跃度</translation>
    </message>
    <message>
        <source>Recency {r}% · purchases {f}% · follow-ups {u}%</source>
        <translation>最近购买 {r}% · 购买次数 {f}% · 跟进次数 {u}%</translation>
    </message>
    <message>
        <source>Activity score: at least one weight must be above 0.</source>
        <translation>活跃度：至少要有一项权重大于 0。</translation>
    </message>
</context>
<context>
    <name>ChoiceListPage</name>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>New entry</source>
        <translation>新选项</translation>
    </message>
    <message>
        <source>{list}: keep at least one entry.</source>
        <translation>{list}：至少保留一项。</translation>
    </message>
    <message>
        <source>{list}: an entry is empty.</source>
        <translation>{list}：有一项为空。</translation>
    </message>
    <message>
        <source>{list}: “{name}” is listed twice.</source>
        <translation>{list}：“{name}”重复。</translation>
    </message>
</context>
<context>
    <name>CustomerDetailTab</name>
    <message>
        <source>Unsaved changes</source>
        <translation>有未保存的修改</translation>
    </message>
    <message>
        <source>Save</source>
        <translation>保存</translation>
    </message>
    <message>
        <source>Save the customer (Ctrl+S)</source>
        <translation>保存客户（Ctrl+S）</translation>
    </message>
    <message>
        <source>Revert</source>
        <translation>还原</translation>
    </message>
    <message>
        <source>Throw away the changes made since the last save</source>
        <translation>放弃上次保存后所做的修改</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>No customer is open.

Double-click a customer in the list, or press Ctrl+N for a new one.</source>
        <translation>未打开客户。

在客户列表中双击一位客户，或按 Ctrl+N 新建客户。</translation>
    </message>
    <message>
        <source>No customer is open.</source>
        <translation>未打开客户。</translation>
    </message>
    <message>
        <source>The changes to “{name}” are not saved. Save them?</source>
        <translation>对“{name}”的修改尚未保存。要保存吗？</translation>
    </message>
    <message>
        <source>Not saved</source>
        <translation>未保存</translation>
    </message>
    <message>
        <source>Nothing was saved. Please correct:</source>
        <translation>未保存任何内容。请更正：</translation>
    </message>
    <message>
        <source>same customer code</source>
        <translation>客户编号相同</translation>
    </message>
    <message>
        <source>same mobile</source>
        <translation>手机号相同</translation>
    </message>
    <message>
        <source>same e-mail</source>
        <translation>邮箱相同</translation>
    </message>
    <message>
        <source>same unified social credit code</source>
        <translation>统一社会信用代码相同</translation>
    </message>
    <message>
        <source>nearly the same name</source>
        <translation>名称几乎相同</translation>
    </message>
    <message>
        <source>Possible duplicate</source>
        <translation>可能重复</translation>
    </message>
    <message>
        <source>This customer may already exist:</source>
        <translation>此客户可能已存在：</translation>
    </message>
    <message>
        <source>Open the existing customer (your changes here are dropped), save anyway, or go back to the form.</source>
        <translation>可以打开已有客户（将放弃此处的修改）、仍然保存，或返回表单。</translation>
    </message>
    <message>
        <source>Open existing</source>
        <translation>打开已有客户</translation>
    </message>
    <message>
        <source>Save anyway</source>
        <translation>仍然保存</translation>
    </message>
    <message>
        <source>The customer was deleted.</source>
        <translation>该客户已被删除。</translation>
    </message>
    <message>
        <source>the new customer</source>
        <translation>新客户</translation>
    </message>
    <message>
        <source>Customer detail</source>
        <translation>客户详情</translation>
    </message>
</context>
<context>
    <name>CustomerForm</name>
    <message>
        <source>Not graded</source>
        <translation>未评级</translation>
    </message>
    <message>
        <source>optional, unique</source>
        <translation>选填，不可重复</translation>
    </message>
    <message>
        <source>Mark as invalid</source>
        <translation>标记为无效</translation>
    </message>
    <message>
        <source>13800138000, one or more</source>
        <translation>13800138000，可填多个</translation>
    </message>
    <message>
        <source>Basic</source>
        <translation>基本信息</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系方式</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
    <message>
        <source>Profile</source>
        <translation>客户概况</translation>
    </message>
    <message>
        <source>Credit</source>
        <translation>资信</translation>
    </message>
    <message>
        <source>Service terms</source>
        <translation>服务合同</translation>
    </message>
    <message>
        <source>Invalid (marked by hand)</source>
        <translation>无效（手动标记）</translation>
    </message>
    <message>
        <source>New</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Invalid: no way to reach the customer</source>
        <translation>无效：没有任何联系方式</translation>
    </message>
    <message>
        <source>Open contract amounts of {open} (open deals {deals}, unpaid orders {unpaid}) exceed the credit limit of {limit}.</source>
        <translation>未结合同金额 {open}（进行中的销售机会 {deals}，未收款成交 {unpaid}）已超过信用额度 {limit}。</translation>
    </message>
    <message>
        <source>The service expired on {date}: talk about renewal.</source>
        <translation>服务已于 {date} 到期，请联系续约。</translation>
    </message>
    <message numerus="yes">
        <source>The service expires in %n day(s), on {date}: time to talk about renewal.</source>
        <translation>
            <numerusform>服务将在 %n 天后（{date}）到期，该联系续约了。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>CustomerListModel</name>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>{column} (cannot be sorted)</source>
        <translation>{column}（不可排序）</translation>
    </message>
    <message>
        <source>{column}: click to sort</source>
        <translation>{column}：点击排序</translation>
    </message>
    <message>
        <source>Set by hand (the tier rules do not change it)</source>
        <translation>手动设定（等级规则不会更改）</translation>
    </message>
    <message>
        <source>Follow-up overdue: it was due on {date}</source>
        <translation>跟进已逾期：应于 {date} 跟进</translation>
    </message>
    <message>
        <source>Invalid: no way to reach this customer, or marked invalid by hand</source>
        <translation>无效：没有任何联系方式，或已手动标记为无效</translation>
    </message>
    <message>
        <source>Never contacted: overdue for follow-up</source>
        <translation>从未联系：跟进已逾期</translation>
    </message>
    <message numerus="yes">
        <source>Overdue for follow-up: last contact %n day(s) ago</source>
        <translation>
            <numerusform>跟进已逾期：上次联系在 %n 天前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Follow-up due soon: last contact %n day(s) ago</source>
        <translation>
            <numerusform>即将需要跟进：上次联系在 %n 天前</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Contacted on schedule: last contact %n day(s) ago</source>
        <translation>
            <numerusform>按时联系：上次联系在 %n 天前</numerusform>
        </translation>
    </message>
    <message>
        <source>Unknown column</source>
        <translation>未知列</translation>
    </message>
</context>
<context>
    <name>CustomerListTab</name>
    <message>
        <source>Search by name, contact, phone, e-mail or pinyin (zhangsan, zs)</source>
        <translation>按名称、联系人、电话、邮箱或拼音搜索（zhangsan、zs）</translation>
    </message>
    <message>
        <source>Show or hide the filter panel</source>
        <translation>显示或隐藏筛选面板</translation>
    </message>
    <message>
        <source>Clear filters</source>
        <translation>清除筛选</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>打开</translation>
    </message>
    <message>
        <source>Assign owner</source>
        <translation>分配负责人</translation>
    </message>
    <message>
        <source>Make one staff member the owner of the selected customers</source>
        <translation>将所选客户交给一位员工负责</translation>
    </message>
    <message>
        <source>Add tags...</source>
        <translation>添加标签...</translation>
    </message>
    <message>
        <source>Give tags to the selected customers</source>
        <translation>为所选客户添加标签</translation>
    </message>
    <message>
        <source>Remove tags...</source>
        <translation>移除标签...</translation>
    </message>
    <message>
        <source>Take tags from the selected customers</source>
        <translation>移除所选客户的标签</translation>
    </message>
    <message>
        <source>Set tier</source>
        <translation>设定等级</translation>
    </message>
    <message>
        <source>Fix the tier of the selected customers by hand</source>
        <translation>手动设定所选客户的等级</translation>
    </message>
    <message>
        <source>By the rules (clear the hand-set tier)</source>
        <translation>按规则（清除手动等级）</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Move the selected customers to the archive</source>
        <translation>将所选客户移入归档</translation>
    </message>
    <message>
        <source>Restore</source>
        <translation>恢复</translation>
    </message>
    <message>
        <source>Bring the selected customers back from the archive</source>
        <translation>将所选客户从归档中恢复</translation>
    </message>
    <message>
        <source>Delete...</source>
        <translation>删除...</translation>
    </message>
    <message>
        <source>Delete the selected customers</source>
        <translation>删除所选客户</translation>
    </message>
    <message>
        <source>Select all</source>
        <translation>全选</translation>
    </message>
    <message>
        <source>None of the chosen customers is in this list any more.</source>
        <translation>所选客户已不在此列表中。</translation>
    </message>
    <message>
        <source>The archive is empty.</source>
        <translation>归档中没有客户。</translation>
    </message>
    <message>
        <source>No customer matches “{text}”. Check the spelling, or search by phone, e-mail or pinyin initials.</source>
        <translation>没有与“{text}”匹配的客户。请检查拼写，或按电话、邮箱、拼音首字母搜索。</translation>
    </message>
    <message>
        <source>No customer matches these filters. Clear filters to see everyone.</source>
        <translation>没有符合筛选条件的客户。清除筛选即可查看全部客户。</translation>
    </message>
    <message>
        <source>No customers yet: create one with Ctrl+N or import a spreadsheet.</source>
        <translation>还没有客户：按 Ctrl+N 新建，或导入电子表格。</translation>
    </message>
    <message numerus="yes">
        <source>Filters (%n)</source>
        <translation>
            <numerusform>筛选（%n）</numerusform>
        </translation>
    </message>
    <message>
        <source>Filters</source>
        <translation>筛选</translation>
    </message>
    <message>
        <source>Showing: {summary}</source>
        <translation>当前显示：{summary}</translation>
    </message>
    <message numerus="yes">
        <source>%n selected</source>
        <translation>
            <numerusform>已选 %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Default columns</source>
        <translation>恢复默认列</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>无负责人</translation>
    </message>
    <message numerus="yes">
        <source>Changing %n customer(s)...</source>
        <translation>
            <numerusform>正在修改 %n 位客户...</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Owner changed for %n customer(s).</source>
        <translation>
            <numerusform>已更改 %n 位客户的负责人。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tier given back to the rules for %n customer(s).</source>
        <translation>
            <numerusform>已恢复 %n 位客户按规则定级。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Tier set by hand for %n customer(s).</source>
        <translation>
            <numerusform>已手动设定 %n 位客户的等级。</numerusform>
        </translation>
    </message>
    <message>
        <source>Add tags to the selected customers</source>
        <translation>为所选客户添加标签</translation>
    </message>
    <message numerus="yes">
        <source>Tags added to %n customer(s).</source>
        <translation>
            <numerusform>已为 %n 位客户添加标签。</numerusform>
        </translation>
    </message>
    <message>
        <source>Remove tags from the selected customers</source>
        <translation>移除所选客户的标签</translation>
    </message>
    <message numerus="yes">
        <source>Tags removed from %n customer(s).</source>
        <translation>
            <numerusform>已移除 %n 位客户的标签。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) moved to the archive.</source>
        <translation>
            <numerusform>已将 %n 位客户移入归档。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) brought back from the archive.</source>
        <translation>
            <numerusform>已将 %n 位客户从归档中恢复。</numerusform>
        </translation>
    </message>
    <message>
        <source>Delete customers</source>
        <translation>删除客户</translation>
    </message>
    <message numerus="yes">
        <source>Delete %n customer(s) with their contacts, follow-ups, deals, orders and service records?

You can undo this for a short while.</source>
        <translation>
            <numerusform>删除这 %n 位客户及其联系人、跟进记录、销售机会、成交记录和服务记录？

短时间内可以撤销。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) deleted.</source>
        <translation>
            <numerusform>已删除 %n 位客户。</numerusform>
        </translation>
    </message>
    <message>
        <source>Undoing...</source>
        <translation>正在撤销...</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) changed by this action were edited afterwards. Undoing it would discard those edits too.

Undo anyway?</source>
        <translation>
            <numerusform>此操作涉及的客户中有 %n 位之后又被修改过。撤销会同时丢弃这些修改。

仍要撤销吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>This action can no longer be undone.</source>
        <translation>此操作已无法撤销。</translation>
    </message>
</context>
<context>
    <name>CustomerPicker</name>
    <message>
        <source>Type a name to search</source>
        <translation>输入名称搜索</translation>
    </message>
</context>
<context>
    <name>DatabasePage</name>
    <message>
        <source>&amp;Choose another file...</source>
        <translation>选择其他文件(&amp;C)...</translation>
    </message>
    <message>
        <source>Use the &amp;default location</source>
        <translation>使用默认位置(&amp;D)</translation>
    </message>
    <message>
        <source>In use now:</source>
        <translation>当前使用：</translation>
    </message>
    <message>
        <source>Open at next start:</source>
        <translation>下次启动时打开：</translation>
    </message>
    <message>
        <source>The new location is used the next time CRM Desktop starts; the file is created there if it does not exist. To move your data, make a backup and restore it at the new place.&lt;br&gt;&lt;br&gt;&lt;b&gt;Network drives:&lt;/b&gt; keep the database on this computer&apos;s own disk. On a shared or network folder, file locking is unreliable: two people writing at once, or a dropped connection, can damage the database. Share data through backups, or a database server when the office needs several users.</source>
        <translation>新位置在 CRM Desktop 下次启动时生效；如果该位置没有数据库文件，会自动新建。如需迁移数据，请先备份，再在新位置恢复。&lt;br&gt;&lt;br&gt;&lt;b&gt;网络驱动器：&lt;/b&gt;请将数据库放在本机磁盘上。共享文件夹或网络文件夹上的文件锁定不可靠：两人同时写入或网络连接中断，都可能损坏数据库。请通过备份共享数据；如果办公室需要多人同时使用，请改用数据库服务器。</translation>
    </message>
    <message>
        <source>The environment variable {name} is set: it chooses the database and wins over this setting.</source>
        <translation>已设置环境变量 {name}：数据库由它指定，此处的设置不生效。</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>{path} (default)</source>
        <translation>{path}（默认）</translation>
    </message>
    <message>
        <source>This looks like a network location. See the warning below.</source>
        <translation>这似乎是网络位置，请注意下方的警告。</translation>
    </message>
    <message>
        <source>Database for the next start</source>
        <translation>下次启动使用的数据库</translation>
    </message>
    <message>
        <source>CRM Desktop database (*.db);;All files (*)</source>
        <translation>CRM Desktop 数据库 (*.db);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Database: the folder {folder} does not exist.</source>
        <translation>数据库：文件夹 {folder} 不存在。</translation>
    </message>
    <message>
        <source>Database: the folder {folder} cannot be written.</source>
        <translation>数据库：文件夹 {folder} 不可写入。</translation>
    </message>
</context>
<context>
    <name>DateLineEdit</name>
    <message>
        <source>Pick a date</source>
        <translation>选择日期</translation>
    </message>
</context>
<context>
    <name>DealStagesPage</name>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Probability (%)</source>
        <translation>赢率（%）</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>删除(&amp;R)</translation>
    </message>
    <message>
        <source>Move &amp;up</source>
        <translation>上移(&amp;U)</translation>
    </message>
    <message>
        <source>Move &amp;down</source>
        <translation>下移(&amp;D)</translation>
    </message>
    <message>
        <source>Open stages in the order deals move through them, then the won and lost stages. A deal entering a stage takes its probability. Deals keep their stage when you rename or reorder it.</source>
        <translation>先按销售机会推进的顺序排列进行中的阶段，最后是成交和流失阶段。销售机会进入某个阶段时，采用该阶段的赢率。阶段改名或调整顺序后，销售机会仍保留原阶段。</translation>
    </message>
    <message>
        <source>Deal stages</source>
        <translation>销售阶段</translation>
    </message>
    <message>
        <source>New stage</source>
        <translation>新阶段</translation>
    </message>
    <message>
        <source>Counting the deals at this stage...</source>
        <translation>正在统计处于此阶段的销售机会...</translation>
    </message>
    <message>
        <source>Remove deal stage</source>
        <translation>删除销售阶段</translation>
    </message>
    <message numerus="yes">
        <source>%n deal(s) are at the stage “{name}”. They keep it, but it no longer shows in the funnel or the stage lists until you add a stage again.

Remove the stage anyway?</source>
        <translation>
            <numerusform>有 %n 个销售机会处于“{name}”阶段。它们会保留该阶段，但在重新添加此阶段之前，漏斗和阶段列表中不再显示它。

仍要删除此阶段吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>Deal stages: every stage needs a name.</source>
        <translation>销售阶段：每个阶段都要有名称。</translation>
    </message>
    <message>
        <source>Deal stages: the name “{name}” is used twice.</source>
        <translation>销售阶段：名称“{name}”重复。</translation>
    </message>
    <message>
        <source>Deal stages: the probability of “{name}” must be from 0 to 100 %.</source>
        <translation>销售阶段：“{name}”的赢率必须在 0 到 100% 之间。</translation>
    </message>
    <message>
        <source>Deal stages: “{name}” cannot be both won and lost.</source>
        <translation>销售阶段：“{name}”不能既是成交又是流失。</translation>
    </message>
    <message>
        <source>Deal stages: keep at least one open stage.</source>
        <translation>销售阶段：至少保留一个进行中的阶段。</translation>
    </message>
</context>
<context>
    <name>EntryForm</name>
    <message>
        <source>What was discussed? (Ctrl+Enter logs the follow-up)</source>
        <translation>沟通了什么？（按 Ctrl+Enter 保存跟进）</translation>
    </message>
    <message>
        <source>Result, agreement, next step</source>
        <translation>结果、约定、下一步</translation>
    </message>
    <message>
        <source>None</source>
        <translation>无</translation>
    </message>
    <message>
        <source>+1 day</source>
        <translation>+1 天</translation>
    </message>
    <message>
        <source>Follow up tomorrow</source>
        <translation>明天跟进</translation>
    </message>
    <message>
        <source>+1 week</source>
        <translation>+1 周</translation>
    </message>
    <message>
        <source>Follow up in a week</source>
        <translation>一周后跟进</translation>
    </message>
    <message>
        <source>+1 month</source>
        <translation>+1 个月</translation>
    </message>
    <message>
        <source>Follow up in a month</source>
        <translation>一个月后跟进</translation>
    </message>
    <message>
        <source>Clear</source>
        <translation>清除</translation>
    </message>
    <message>
        <source>No next follow-up</source>
        <translation>不安排下次跟进</translation>
    </message>
    <message>
        <source>Ctrl+Enter</source>
        <translation>Ctrl+Enter</translation>
    </message>
    <message>
        <source>Cancel editing</source>
        <translation>取消编辑</translation>
    </message>
    <message>
        <source>&amp;When:</source>
        <translation>时间(&amp;W)：</translation>
    </message>
    <message>
        <source>C&amp;hannel:</source>
        <translation>渠道(&amp;H)：</translation>
    </message>
    <message>
        <source>Co&amp;ntact:</source>
        <translation>联系人(&amp;N)：</translation>
    </message>
    <message>
        <source>&amp;By:</source>
        <translation>跟进人(&amp;B)：</translation>
    </message>
    <message>
        <source>C&amp;ontent:</source>
        <translation>内容(&amp;O)：</translation>
    </message>
    <message>
        <source>O&amp;utcome:</source>
        <translation>结果(&amp;U)：</translation>
    </message>
    <message>
        <source>&amp;Stage after:</source>
        <translation>跟进后阶段(&amp;S)：</translation>
    </message>
    <message>
        <source>Ne&amp;xt follow-up:</source>
        <translation>下次跟进(&amp;X)：</translation>
    </message>
    <message>
        <source>— nobody —</source>
        <translation>— 未指定 —</translation>
    </message>
    <message>
        <source>— unchanged —</source>
        <translation>— 不变 —</translation>
    </message>
    <message>
        <source>— none —</source>
        <translation>— 无 —</translation>
    </message>
    <message>
        <source>Edit follow-up</source>
        <translation>编辑跟进</translation>
    </message>
    <message>
        <source>New follow-up</source>
        <translation>新建跟进</translation>
    </message>
    <message>
        <source>&amp;Save changes</source>
        <translation>保存修改(&amp;S)</translation>
    </message>
    <message>
        <source>&amp;Log follow-up</source>
        <translation>记录跟进(&amp;L)</translation>
    </message>
</context>
<context>
    <name>Errors</name>
    <message>
        <source>The database file cannot be found or opened. Check the path in the settings, or that the folder exists and you may write to it.</source>
        <translation>找不到或无法打开数据库文件。请在设置中检查路径，并确认文件夹存在且有写入权限。</translation>
    </message>
    <message>
        <source>The database is busy: another window or program is writing to it. Nothing was changed. Wait a moment and try again; if it stays busy, close the other CRM Desktop windows that use this file.</source>
        <translation>数据库正忙：另一个窗口或程序正在写入。未做任何更改。请稍候再试；如果一直繁忙，请关闭使用此文件的其他 CRM Desktop 窗口。</translation>
    </message>
    <message>
        <source>The database cannot be written: the file or its folder is read-only. Nothing was changed. Check the file&apos;s permissions, or choose another database location in the settings.</source>
        <translation>无法写入数据库：文件或其所在文件夹为只读。未做任何更改。请检查文件权限，或在设置中选择其他数据库位置。</translation>
    </message>
    <message>
        <source>The disk is full. Nothing was changed. Free some space and try again.</source>
        <translation>磁盘已满。未做任何更改。请释放一些空间后重试。</translation>
    </message>
    <message>
        <source>The database file is damaged. It has not been changed. Restore the newest good backup.</source>
        <translation>数据库文件已损坏，文件未被改动。请恢复最新的完好备份。</translation>
    </message>
    <message>
        <source>This database was written by a newer version of CRM Desktop. Install the newer version to open it.</source>
        <translation>此数据库由更新版本的 CRM Desktop 写入。请安装新版本后再打开。</translation>
    </message>
    <message>
        <source>This file is not a CRM Desktop database, or it is encrypted. Choose another file, or restore a backup.</source>
        <translation>此文件不是 CRM Desktop 数据库，或已加密。请选择其他文件，或恢复备份。</translation>
    </message>
    <message>
        <source>{field} is required.</source>
        <translation>{field}为必填项。</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a phone number. Write a mobile such as 13800138000 or a landline such as 010-12345678.</source>
        <translation>{field}：“{value}”不是有效的电话号码。请填写手机号（如 13800138000）或固定电话（如 010-12345678）。</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not an e-mail address (like name@example.com).</source>
        <translation>{field}：“{value}”不是有效的邮箱地址（如 name@example.com）。</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a date. Write it like 2024-03-05 or 2024年3月5日.</source>
        <translation>{field}：“{value}”不是有效日期。请按 2024-03-05 或 2024年3月5日 的格式填写。</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not an amount of money.</source>
        <translation>{field}：“{value}”不是有效金额。</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not one of the choices.</source>
        <translation>{field}：“{value}”不在可选项中。</translation>
    </message>
    <message>
        <source>{field}: “{value}” is not a whole number.</source>
        <translation>{field}：“{value}”不是整数。</translation>
    </message>
    <message>
        <source>{field}: another customer already has the code “{value}”.</source>
        <translation>{field}：已有其他客户使用编号“{value}”。</translation>
    </message>
    <message>
        <source>{field}: no customer matches “{value}”.</source>
        <translation>{field}：没有与“{value}”匹配的客户。</translation>
    </message>
    <message>
        <source>{field} is too long.</source>
        <translation>{field}内容过长。</translation>
    </message>
    <message>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message>
        <source>(no log file)</source>
        <translation>（无日志文件）</translation>
    </message>
    <message>
        <source>CRM Desktop: unexpected error</source>
        <translation>CRM Desktop：意外错误</translation>
    </message>
    <message>
        <source>Something went wrong that should not have. Your data is as it was before this action.

The details are in the log file:
{path}

Please send that file to your support contact.</source>
        <translation>出现了意外错误。您的数据仍保持此操作之前的状态。

详细信息已写入日志文件：
{path}

请将该文件发送给技术支持人员。</translation>
    </message>
</context>
<context>
    <name>FactsBand</name>
    <message>
        <source>Set tier</source>
        <translation>设定等级</translation>
    </message>
    <message>
        <source>Fix the tier at {tier}</source>
        <translation>固定为{tier}</translation>
    </message>
    <message>
        <source>Let the rules decide the tier</source>
        <translation>由规则决定等级</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM 分群</translation>
    </message>
    <message>
        <source>Value class</source>
        <translation>价值分类</translation>
    </message>
    <message>
        <source>Contact status</source>
        <translation>联系状态</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活跃度</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Next contact</source>
        <translation>下次联系</translation>
    </message>
    <message>
        <source>Total purchases</source>
        <translation>累计购买</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <source>New customer</source>
        <translation>新建客户</translation>
    </message>
    <message>
        <source>Fill in the form and save; records and tags come after.</source>
        <translation>填写表单并保存，之后即可添加记录和标签。</translation>
    </message>
    <message>
        <source>{amount} ({count} orders)</source>
        <translation>{amount}（{count} 笔）</translation>
    </message>
    <message>
        <source>now (never contacted)</source>
        <translation>现在（从未联系）</translation>
    </message>
    <message>
        <source>due {date}</source>
        <translation>应于 {date}</translation>
    </message>
    <message>
        <source>↑ rising</source>
        <translation>↑ 上升</translation>
    </message>
    <message>
        <source>↓ falling</source>
        <translation>↓ 下降</translation>
    </message>
    <message>
        <source>→ steady</source>
        <translation>→ 平稳</translation>
    </message>
</context>
<context>
    <name>FilterPanel</name>
    <message>
        <source>Pick a saved filter</source>
        <translation>选择已保存的筛选</translation>
    </message>
    <message>
        <source>Save...</source>
        <translation>保存...</translation>
    </message>
    <message>
        <source>Save the current filter under a name</source>
        <translation>将当前筛选条件命名保存</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Delete the saved filter picked here</source>
        <translation>删除此处选中的已保存筛选</translation>
    </message>
    <message>
        <source>Clear all filters</source>
        <translation>清除全部筛选</translation>
    </message>
    <message>
        <source>Show the archive instead</source>
        <translation>改为显示归档客户</translation>
    </message>
    <message>
        <source>List the archived customers rather than the working list</source>
        <translation>列出已归档的客户，而不是工作列表</translation>
    </message>
    <message>
        <source>Must have all checked tags</source>
        <translation>须具有所有勾选的标签</translation>
    </message>
    <message>
        <source>Unchecked: customers with any of the checked tags</source>
        <translation>不勾选时：具有任一勾选标签的客户</translation>
    </message>
    <message>
        <source>Valid and invalid</source>
        <translation>有效和无效</translation>
    </message>
    <message>
        <source>Valid only</source>
        <translation>仅有效</translation>
    </message>
    <message>
        <source>Invalid only</source>
        <translation>仅无效</translation>
    </message>
    <message>
        <source>From</source>
        <translation>从</translation>
    </message>
    <message>
        <source>To</source>
        <translation>至</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进状态</translation>
    </message>
    <message>
        <source>Customer stage</source>
        <translation>客户阶段</translation>
    </message>
    <message>
        <source>Valid or invalid</source>
        <translation>是否有效</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>无负责人</translation>
    </message>
    <message>
        <source>Search: “{text}”</source>
        <translation>搜索：“{text}”</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 且 </translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>Created {start} – {end}</source>
        <translation>创建日期 {start} – {end}</translation>
    </message>
    <message numerus="yes">
        <source>A chosen set of %n customer(s)</source>
        <translation>
            <numerusform>选定的 %n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>Saved filters</source>
        <translation>已保存的筛选</translation>
    </message>
    <message>
        <source>Save filter</source>
        <translation>保存筛选</translation>
    </message>
    <message>
        <source>Name of this filter:</source>
        <translation>筛选名称：</translation>
    </message>
    <message>
        <source>A filter named “{name}” exists. Replace it?</source>
        <translation>已有名为“{name}”的筛选。要替换吗？</translation>
    </message>
    <message>
        <source>Delete saved filter</source>
        <translation>删除已保存的筛选</translation>
    </message>
    <message>
        <source>Delete the saved filter “{name}”?</source>
        <translation>删除已保存的筛选“{name}”？</translation>
    </message>
</context>
<context>
    <name>FollowUpTab</name>
    <message>
        <source>Choose a customer in the customer list, or open one from the reminders, to see its history and log a follow-up.</source>
        <translation>在客户列表中选择一位客户，或从提醒中打开，即可查看跟进历史并记录跟进。</translation>
    </message>
    <message>
        <source>Open &amp;detail</source>
        <translation>打开详情(&amp;D)</translation>
    </message>
    <message>
        <source>Show this customer&apos;s record in the detail tab</source>
        <translation>在“客户详情”页查看此客户的资料</translation>
    </message>
    <message>
        <source>When</source>
        <translation>时间</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Channel / type</source>
        <translation>渠道/类型</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>内容</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
    </message>
    <message>
        <source>&amp;Edit</source>
        <translation>编辑(&amp;E)</translation>
    </message>
    <message>
        <source>De&amp;lete</source>
        <translation>删除(&amp;L)</translation>
    </message>
    <message>
        <source>&lt;b&gt;History&lt;/b&gt;</source>
        <translation>&lt;b&gt;历史记录&lt;/b&gt;</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Dismiss</source>
        <translation>关闭</translation>
    </message>
    <message>
        <source>Nothing logged yet for this customer: write the first follow-up above.</source>
        <translation>此客户还没有任何记录，请在上方填写第一条跟进。</translation>
    </message>
    <message>
        <source>follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>deal stage</source>
        <translation>销售阶段</translation>
    </message>
    <message>
        <source>&amp;Owner:</source>
        <translation>负责人(&amp;O)：</translation>
    </message>
    <message>
        <source>Refresh</source>
        <translation>刷新</translation>
    </message>
    <message>
        <source>Read the reminder lists again</source>
        <translation>重新读取提醒列表</translation>
    </message>
    <message>
        <source>&lt;b&gt;Reminders&lt;/b&gt;</source>
        <translation>&lt;b&gt;提醒&lt;/b&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) or more</source>
        <translation>
            <numerusform>%n 天及以上</numerusform>
        </translation>
    </message>
    <message>
        <source>never contacted</source>
        <translation>从未联系</translation>
    </message>
    <message>
        <source>No contact for:</source>
        <translation>未联系时长：</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Last follow-up</source>
        <translation>最近跟进</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s) late</source>
        <translation>
            <numerusform>逾期 %n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>today</source>
        <translation>今天</translation>
    </message>
    <message numerus="yes">
        <source>in %n day(s)</source>
        <translation>
            <numerusform>%n 天后</numerusform>
        </translation>
    </message>
    <message>
        <source>Due</source>
        <translation>到期</translation>
    </message>
    <message>
        <source>never</source>
        <translation>从未</translation>
    </message>
    <message numerus="yes">
        <source>%n day(s)</source>
        <translation>
            <numerusform>%n 天</numerusform>
        </translation>
    </message>
    <message>
        <source>Silent for</source>
        <translation>未联系</translation>
    </message>
    <message>
        <source>Service expiry</source>
        <translation>服务到期日</translation>
    </message>
    <message>
        <source>Days left</source>
        <translation>剩余天数</translation>
    </message>
    <message>
        <source>Contract amount</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <source>Follow-ups: {due} due today, {overdue} overdue</source>
        <translation>跟进：今日到期 {due} 条，已逾期 {overdue} 条</translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due today</source>
        <translation>
            <numerusform>今日到期跟进 %n 条</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) overdue</source>
        <translation>
            <numerusform>已逾期跟进 %n 条</numerusform>
        </translation>
    </message>
    <message>
        <source>Owner: {name}</source>
        <translation>负责人：{name}</translation>
    </message>
    <message>
        <source>Last contact: {date}</source>
        <translation>最近联系：{date}</translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>从未联系</translation>
    </message>
    <message>
        <source>Next follow-up: {date}</source>
        <translation>下次跟进：{date}</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务</translation>
    </message>
    <message>
        <source>“{title}”: {old} → {new}</source>
        <translation>“{title}”：{old} → {new}</translation>
    </message>
    <message>
        <source>“{title}” opened at {new}</source>
        <translation>新建“{title}”，阶段：{new}</translation>
    </message>
    <message>
        <source>Deal stage</source>
        <translation>销售阶段</translation>
    </message>
    <message>
        <source>Write what was discussed, or the outcome.</source>
        <translation>请填写沟通内容或结果。</translation>
    </message>
    <message>
        <source>Saved.</source>
        <translation>已保存。</translation>
    </message>
    <message>
        <source>Logged at {time}.</source>
        <translation>已于 {time} 记录。</translation>
    </message>
    <message>
        <source>The follow-up of {when} was deleted.</source>
        <translation>{when} 的跟进已删除。</translation>
    </message>
    <message>
        <source>Undo delete</source>
        <translation>撤销删除</translation>
    </message>
    <message>
        <source>The customer was changed after the delete. Undoing it now also puts back what was changed since.

{detail}

Undo anyway?</source>
        <translation>删除之后此客户又被修改过。现在撤销，会同时还原此后所做的修改。

{detail}

仍要撤销吗？</translation>
    </message>
    <message>
        <source>Edit</source>
        <translation>编辑</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Open customer detail</source>
        <translation>打开客户详情</translation>
    </message>
    <message>
        <source>Open customer</source>
        <translation>打开客户</translation>
    </message>
    <message>
        <source>Log a follow-up here</source>
        <translation>在此记录跟进</translation>
    </message>
    <message>
        <source>No follow-up is due today.</source>
        <translation>今天没有到期的跟进。</translation>
    </message>
    <message>
        <source>No follow-up is overdue.</source>
        <translation>没有逾期的跟进。</translation>
    </message>
    <message>
        <source>No follow-up is planned for the next 7 days.</source>
        <translation>未来 7 天没有计划的跟进。</translation>
    </message>
    <message>
        <source>No forgotten customer.</source>
        <translation>没有久未联系的客户。</translation>
    </message>
    <message numerus="yes">
        <source>No service expires within %n day(s).</source>
        <translation>
            <numerusform>%n 天内没有到期的服务。</numerusform>
        </translation>
    </message>
    <message>
        <source>Showing the first {shown} of {total}.</source>
        <translation>仅显示前 {shown} 条，共 {total} 条。</translation>
    </message>
    <message>
        <source>The reminders could not be read: {message}</source>
        <translation>无法读取提醒：{message}</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Upcoming 7 days</source>
        <translation>未来 7 天</translation>
    </message>
    <message>
        <source>Forgotten</source>
        <translation>久未联系</translation>
    </message>
    <message>
        <source>Renewals due</source>
        <translation>待续约</translation>
    </message>
    <message numerus="yes">
        <source>Customers whose service expires within %n day(s)</source>
        <translation>
            <numerusform>服务将在 %n 天内到期的客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Everyone</source>
        <translation>全部</translation>
    </message>
    <message>
        <source>{name} (left)</source>
        <translation>{name}（已离职）</translation>
    </message>
</context>
<context>
    <name>Labels</name>
    <message>
        <source>Ordinary</source>
        <translation>普通客户</translation>
    </message>
    <message>
        <source>VIP</source>
        <translation>贵宾客户</translation>
    </message>
    <message>
        <source>Super</source>
        <translation>超级客户</translation>
    </message>
    <message>
        <source>Potential</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Intent</source>
        <translation>意向客户</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>成交客户</translation>
    </message>
    <message>
        <source>Lost</source>
        <translation>流失</translation>
    </message>
    <message>
        <source>Prospect</source>
        <translation>潜在客户</translation>
    </message>
    <message>
        <source>Honeymoon</source>
        <translation>蜜月期</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>活跃期</translation>
    </message>
    <message>
        <source>Churning</source>
        <translation>流失期</translation>
    </message>
    <message>
        <source>Dormant</source>
        <translation>休眠期</translation>
    </message>
    <message>
        <source>Value customer</source>
        <translation>价值客户</translation>
    </message>
    <message>
        <source>Potential customer</source>
        <translation>潜力客户</translation>
    </message>
    <message>
        <source>Migrating customer</source>
        <translation>迁移客户</translation>
    </message>
    <message>
        <source>Frozen customer</source>
        <translation>冰点客户</translation>
    </message>
    <message>
        <source>Important value</source>
        <translation>重要价值客户</translation>
    </message>
    <message>
        <source>Important to develop</source>
        <translation>重要发展客户</translation>
    </message>
    <message>
        <source>Important to keep</source>
        <translation>重要保持客户</translation>
    </message>
    <message>
        <source>Important to win back</source>
        <translation>重要挽留客户</translation>
    </message>
    <message>
        <source>General value</source>
        <translation>一般价值客户</translation>
    </message>
    <message>
        <source>General to develop</source>
        <translation>一般发展客户</translation>
    </message>
    <message>
        <source>General to keep</source>
        <translation>一般保持客户</translation>
    </message>
    <message>
        <source>General to win back</source>
        <translation>一般挽留客户</translation>
    </message>
    <message>
        <source>On schedule</source>
        <translation>按时联系</translation>
    </message>
    <message>
        <source>Due soon</source>
        <translation>即将到期</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>已逾期</translation>
    </message>
    <message>
        <source>Due today</source>
        <translation>今日到期</translation>
    </message>
    <message>
        <source>Upcoming 7 days</source>
        <translation>未来 7 天</translation>
    </message>
    <message>
        <source>Never contacted</source>
        <translation>从未联系</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>企业客户</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>个人客户</translation>
    </message>
    <message>
        <source>Not assessed</source>
        <translation>未评估</translation>
    </message>
    <message>
        <source>Low</source>
        <translation>低</translation>
    </message>
    <message>
        <source>Medium</source>
        <translation>中</translation>
    </message>
    <message>
        <source>High</source>
        <translation>高</translation>
    </message>
    <message>
        <source>Inquiry</source>
        <translation>咨询</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>投诉</translation>
    </message>
    <message>
        <source>Repair</source>
        <translation>维修</translation>
    </message>
    <message>
        <source>Return visit</source>
        <translation>回访</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>待处理</translation>
    </message>
    <message>
        <source>In progress</source>
        <translation>处理中</translation>
    </message>
    <message>
        <source>Resolved</source>
        <translation>已解决</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>已关闭</translation>
    </message>
    <message>
        <source>Normal</source>
        <translation>普通</translation>
    </message>
    <message>
        <source>Urgent</source>
        <translation>紧急</translation>
    </message>
    <message>
        <source>Identified</source>
        <translation>已识别</translation>
    </message>
    <message>
        <source>Met</source>
        <translation>已满足</translation>
    </message>
    <message>
        <source>Dropped</source>
        <translation>已放弃</translation>
    </message>
    <message>
        <source>Very satisfied</source>
        <translation>很满意</translation>
    </message>
    <message>
        <source>Satisfied</source>
        <translation>满意</translation>
    </message>
    <message>
        <source>Neutral</source>
        <translation>一般</translation>
    </message>
    <message>
        <source>Dissatisfied</source>
        <translation>不满意</translation>
    </message>
    <message>
        <source>Very dissatisfied</source>
        <translation>很不满意</translation>
    </message>
    <message>
        <source>By rule</source>
        <translation>按规则</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Solution / quote</source>
        <translation>方案报价</translation>
    </message>
    <message>
        <source>Negotiation</source>
        <translation>谈判</translation>
    </message>
    <message>
        <source>Won</source>
        <translation>成交</translation>
    </message>
    <message>
        <source>Customer code</source>
        <translation>客户编号</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>客户名称</translation>
    </message>
    <message>
        <source>Short name</source>
        <translation>简称</translation>
    </message>
    <message>
        <source>Type</source>
        <translation>客户类型</translation>
    </message>
    <message>
        <source>Industry</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <source>Province</source>
        <translation>省份</translation>
    </message>
    <message>
        <source>City</source>
        <translation>城市</translation>
    </message>
    <message>
        <source>District</source>
        <translation>区县</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>详细地址</translation>
    </message>
    <message>
        <source>Website</source>
        <translation>网址</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Referred by</source>
        <translation>介绍人</translation>
    </message>
    <message>
        <source>First contact</source>
        <translation>首次接触</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Marked invalid</source>
        <translation>标记无效</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Hobbies</source>
        <translation>爱好</translation>
    </message>
    <message>
        <source>Habits</source>
        <translation>习惯</translation>
    </message>
    <message>
        <source>Preferences</source>
        <translation>偏好</translation>
    </message>
    <message>
        <source>Risk level</source>
        <translation>风险等级</translation>
    </message>
    <message>
        <source>Risk reason</source>
        <translation>风险原因</translation>
    </message>
    <message>
        <source>Credit grade</source>
        <translation>信用等级</translation>
    </message>
    <message>
        <source>Credit limit</source>
        <translation>信用额度</translation>
    </message>
    <message>
        <source>Unified social credit code</source>
        <translation>统一社会信用代码</translation>
    </message>
    <message>
        <source>Contract amount</source>
        <translation>合同金额</translation>
    </message>
    <message>
        <source>Service start</source>
        <translation>服务开始日期</translation>
    </message>
    <message>
        <source>Service expiry</source>
        <translation>服务到期日期</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Tier set by hand</source>
        <translation>手动定级</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>客户阶段</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>Value class</source>
        <translation>价值分类</translation>
    </message>
    <message>
        <source>RFM segment</source>
        <translation>RFM 分群</translation>
    </message>
    <message>
        <source>Last contact</source>
        <translation>最近联系</translation>
    </message>
    <message>
        <source>Next follow-up</source>
        <translation>下次跟进</translation>
    </message>
    <message>
        <source>Last purchase</source>
        <translation>最近购买</translation>
    </message>
    <message>
        <source>Purchases</source>
        <translation>购买次数</translation>
    </message>
    <message>
        <source>Total purchases</source>
        <translation>累计购买额</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>Activity</source>
        <translation>活跃度</translation>
    </message>
    <message>
        <source>Tags</source>
        <translation>标签</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>Contact status</source>
        <translation>联系状态</translation>
    </message>
    <message>
        <source>Region</source>
        <translation>地区</translation>
    </message>
</context>
<context>
    <name>LanguagePage</name>
    <message>
        <source>&amp;Language:</source>
        <translation>语言(&amp;L)：</translation>
    </message>
    <message>
        <source>On first start the window follows the system language ({system}). Menus and dialogs opened from now on use the new language; some texts of the open window change after a restart.</source>
        <translation>首次启动时，界面跟随系统语言（{system}）。此后打开的菜单和对话框使用新语言；当前窗口的部分文字需重启后才会更改。</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
</context>
<context>
    <name>LifecyclePage</name>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>{honeymoon} ends after</source>
        <translation>{honeymoon}截至</translation>
    </message>
    <message>
        <source>{active} ends after</source>
        <translation>{active}截至</translation>
    </message>
    <message>
        <source>{churning} ends after</source>
        <translation>{churning}截至</translation>
    </message>
    <message>
        <source>Won back after a silence of</source>
        <translation>挽回客户：此前沉寂至少</translation>
    </message>
    <message>
        <source>The months count from the customer&apos;s last purchase; a customer who never bought is a prospect. A customer who buys again after a silence at least this long counts as won back in the reports.</source>
        <translation>月数从客户最近一次购买起算；从未购买的客户为潜在客户。客户沉寂至少上述时长后再次购买，在报表中计为挽回客户。</translation>
    </message>
    <message>
        <source>Lifecycle</source>
        <translation>生命周期</translation>
    </message>
    <message>
        <source>{honeymoon}: bought within {a} months · {active}: {a} to {b} months · {churning}: {b} to {c} months · {dormant}: more than {c} months</source>
        <translation>{honeymoon}：{a} 个月内有购买 · {active}：{a} 至 {b} 个月 · {churning}：{b} 至 {c} 个月 · {dormant}：超过 {c} 个月</translation>
    </message>
    <message>
        <source>Lifecycle: the three limits must increase (for example 3, 6 and 12 months); they are now {a}, {b} and {c}.</source>
        <translation>生命周期：三个界限必须依次递增（例如 3、6、12 个月）；当前为 {a}、{b}、{c}。</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>Customers</source>
        <translation>客户列表</translation>
    </message>
    <message>
        <source>Customer detail</source>
        <translation>客户详情</translation>
    </message>
    <message>
        <source>Follow-up log</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>&amp;New customer</source>
        <translation>新建客户(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Find...</source>
        <translation>查找(&amp;F)...</translation>
    </message>
    <message>
        <source>&amp;Log follow-up</source>
        <translation>记录跟进(&amp;L)</translation>
    </message>
    <message>
        <source>&amp;Settings...</source>
        <translation>设置(&amp;S)...</translation>
    </message>
    <message>
        <source>&amp;Recompute classification</source>
        <translation>重新计算分类(&amp;R)</translation>
    </message>
    <message>
        <source>Recompute tiers, value classes and RFM</source>
        <translation>重新计算客户等级、价值分类和 RFM 分群</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>退出(&amp;Q)</translation>
    </message>
    <message>
        <source>&amp;About CRM Desktop</source>
        <translation>关于 CRM Desktop(&amp;A)</translation>
    </message>
    <message>
        <source>&amp;File</source>
        <translation>文件(&amp;F)</translation>
    </message>
    <message>
        <source>&amp;Customer</source>
        <translation>客户(&amp;C)</translation>
    </message>
    <message>
        <source>&amp;Help</source>
        <translation>帮助(&amp;H)</translation>
    </message>
    <message>
        <source>Main</source>
        <translation>主工具栏</translation>
    </message>
    <message>
        <source>Recomputing tiers, value classes and RFM segments...</source>
        <translation>正在重新计算客户等级、价值分类和 RFM 分群...</translation>
    </message>
    <message>
        <source>About CRM Desktop</source>
        <translation>关于 CRM Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;CRM Desktop {version}&lt;/h3&gt;&lt;p&gt;Customer management for office staff.&lt;/p&gt;&lt;p&gt;Database: {path}&lt;/p&gt;</source>
        <translation>&lt;h3&gt;CRM Desktop {version}&lt;/h3&gt;&lt;p&gt;面向办公室人员的客户管理软件。&lt;/p&gt;&lt;p&gt;数据库：{path}&lt;/p&gt;</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) in this view</source>
        <translation>
            <numerusform>当前视图共 %n 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n follow-up(s) due</source>
        <translation>
            <numerusform>待跟进 %n 条</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>RecordTable</name>
    <message>
        <source>Add...</source>
        <translation>添加...</translation>
    </message>
    <message>
        <source>Edit...</source>
        <translation>编辑...</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>删除</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message numerus="yes">
        <source>%n record(s)</source>
        <translation>
            <numerusform>共 %n 条记录</numerusform>
        </translation>
    </message>
    <message>
        <source>Deleted.</source>
        <translation>已删除。</translation>
    </message>
    <message>
        <source>The delete cannot be undone any more: the records it touched were changed since.</source>
        <translation>删除已无法撤销：相关记录在此之后已被修改。</translation>
    </message>
</context>
<context>
    <name>RecordTables</name>
    <message>
        <source>(none)</source>
        <translation>（无）</translation>
    </message>
    <message>
        <source>{name} (left)</source>
        <translation>{name}（已离职）</translation>
    </message>
    <message>
        <source>Stage history</source>
        <translation>阶段变更记录</translation>
    </message>
    <message>
        <source>Owner</source>
        <translation>负责人</translation>
    </message>
    <message>
        <source>Priority</source>
        <translation>优先级</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Contacts</source>
        <translation>联系人</translation>
    </message>
    <message>
        <source>New contact</source>
        <translation>新建联系人</translation>
    </message>
    <message>
        <source>Edit contact</source>
        <translation>编辑联系人</translation>
    </message>
    <message>
        <source>Delete the contact “{name}”?</source>
        <translation>删除联系人“{name}”？</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主联系人</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>Title</source>
        <translation>名称/职务</translation>
    </message>
    <message>
        <source>Mobile</source>
        <translation>手机</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>WeChat</source>
        <translation>微信</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>备注</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>销售机会</translation>
    </message>
    <message>
        <source>New deal</source>
        <translation>新建销售机会</translation>
    </message>
    <message>
        <source>Edit deal</source>
        <translation>编辑销售机会</translation>
    </message>
    <message>
        <source>Delete the deal “{name}” and its stage history?</source>
        <translation>删除销售机会“{name}”及其阶段变更记录？</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Probability %</source>
        <translation>赢率 %</translation>
    </message>
    <message>
        <source>from the stage</source>
        <translation>按阶段默认</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Lost reason</source>
        <translation>流失原因</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>创建时间</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>成交记录</translation>
    </message>
    <message>
        <source>New order</source>
        <translation>新建成交记录</translation>
    </message>
    <message>
        <source>Edit order</source>
        <translation>编辑成交记录</translation>
    </message>
    <message>
        <source>Delete the order of {name}?</source>
        <translation>删除{name}的这条成交记录？</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Products / description</source>
        <translation>产品/说明</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Paid</source>
        <translation>已收款</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>未收款</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>销售机会</translation>
    </message>
    <message>
        <source>Service</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>New service record</source>
        <translation>新建服务记录</translation>
    </message>
    <message>
        <source>Edit service record</source>
        <translation>编辑服务记录</translation>
    </message>
    <message>
        <source>Delete this service record of {name}?</source>
        <translation>删除{name}的这条服务记录？</translation>
    </message>
    <message>
        <source>Kind</source>
        <translation>类型</translation>
    </message>
    <message>
        <source>Subject</source>
        <translation>主题</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>受理时间</translation>
    </message>
    <message>
        <source>Closed</source>
        <translation>关闭时间</translation>
    </message>
    <message>
        <source>set when resolved</source>
        <translation>解决后自动填写</translation>
    </message>
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>问题描述</translation>
    </message>
    <message>
        <source>Resolution</source>
        <translation>处理结果</translation>
    </message>
    <message>
        <source>Needs</source>
        <translation>需求</translation>
    </message>
    <message>
        <source>New need</source>
        <translation>新建需求</translation>
    </message>
    <message>
        <source>Edit need</source>
        <translation>编辑需求</translation>
    </message>
    <message>
        <source>Delete this need of {name}?</source>
        <translation>删除{name}的这条需求？</translation>
    </message>
    <message>
        <source>Need</source>
        <translation>需求内容</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>记录日期</translation>
    </message>
    <message>
        <source>Credit checks</source>
        <translation>资信调查</translation>
    </message>
    <message>
        <source>New credit check</source>
        <translation>新建资信调查</translation>
    </message>
    <message>
        <source>Edit credit check</source>
        <translation>编辑资信调查</translation>
    </message>
    <message>
        <source>Delete this credit check of {name}?</source>
        <translation>删除{name}的这条资信调查？</translation>
    </message>
    <message>
        <source>Source</source>
        <translation>信息来源</translation>
    </message>
    <message>
        <source>Result</source>
        <translation>结果</translation>
    </message>
    <message>
        <source>Tier history</source>
        <translation>等级变更</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>变更时间</translation>
    </message>
    <message>
        <source>From</source>
        <translation>原等级</translation>
    </message>
    <message>
        <source>To</source>
        <translation>新等级</translation>
    </message>
    <message>
        <source>Why</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>Record gone</source>
        <translation>记录不存在</translation>
    </message>
    <message>
        <source>This record no longer exists: it was deleted, perhaps in another window. The list has been refreshed.</source>
        <translation>此记录已不存在，可能已在其他窗口中删除。列表已刷新。</translation>
    </message>
</context>
<context>
    <name>RemindersPage</name>
    <message>
        <source> days</source>
        <translation> 天</translation>
    </message>
    <message>
        <source>{tier}: contact at least every</source>
        <translation>{tier}：联系间隔不超过</translation>
    </message>
    <message>
        <source>&lt;b&gt;Contact frequency&lt;/b&gt;</source>
        <translation>&lt;b&gt;联系频率&lt;/b&gt;</translation>
    </message>
    <message>
        <source>A customer whose last follow-up is older than this is overdue: the customer list shows it red, and amber when it is close.</source>
        <translation>客户最近一次跟进早于此期限即为逾期：客户列表中显示为红色，临近时显示为橙色。</translation>
    </message>
    <message>
        <source>Remind of a service expiry</source>
        <translation>服务到期提前提醒</translation>
    </message>
    <message>
        <source>&lt;b&gt;Renewals&lt;/b&gt;</source>
        <translation>&lt;b&gt;续约&lt;/b&gt;</translation>
    </message>
    <message>
        <source>Customers whose service expires within this many days appear in the follow-up log&apos;s “Renewals due” list.</source>
        <translation>服务在此天数内到期的客户，会出现在跟进记录的“待续约”列表中。</translation>
    </message>
    <message>
        <source>Reminders</source>
        <translation>跟进提醒</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>设置</translation>
    </message>
    <message>
        <source>Channels</source>
        <translation>跟进渠道</translation>
    </message>
    <message>
        <source>The ways a follow-up can happen: phone, WeChat, visit... Follow-ups already logged keep the channel they were logged with.</source>
        <translation>跟进的方式：电话、微信、上门拜访……已记录的跟进保留原来的渠道。</translation>
    </message>
    <message>
        <source>Sources</source>
        <translation>客户来源</translation>
    </message>
    <message>
        <source>Where customers come from. Customers keep the source they have.</source>
        <translation>客户从哪里来。已有客户保留原来的来源。</translation>
    </message>
    <message>
        <source>Industries</source>
        <translation>行业</translation>
    </message>
    <message>
        <source>The industries to choose from. Customers keep the industry they have.</source>
        <translation>可供选择的行业。已有客户保留原来的行业。</translation>
    </message>
    <message>
        <source>Show the default values on this page</source>
        <translation>显示本页的默认值</translation>
    </message>
    <message>
        <source>Please correct these settings:</source>
        <translation>请更正以下设置：</translation>
    </message>
    <message>
        <source>Recomputing tiers, value classes and RFM segments...</source>
        <translation>正在重新计算客户等级、价值分类和 RFM 分群...</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>语言</translation>
    </message>
    <message>
        <source>The language is changed. Some texts of the open window change after CRM Desktop is restarted.</source>
        <translation>语言已更改。当前窗口的部分文字需重启 CRM Desktop 后才会更改。</translation>
    </message>
</context>
<context>
    <name>StaffPage</name>
    <message>
        <source>Name of a new staff member</source>
        <translation>新员工姓名</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>姓名</translation>
    </message>
    <message>
        <source>E-mail</source>
        <translation>邮箱</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>电话</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>在职</translation>
    </message>
    <message>
        <source>Changes on this page are saved at once. Double-click a cell to change a name, e-mail or phone. Someone who leaves is made inactive rather than deleted: their name stays on the customers and follow-ups they handled, but they no longer appear in the lists to choose from.</source>
        <translation>本页的修改会立即保存。双击单元格可修改姓名、邮箱或电话。员工离职时请取消“在职”而不要删除：其姓名仍保留在经手的客户和跟进记录上，但不再出现在可选列表中。</translation>
    </message>
    <message>
        <source>Staff</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>There is already a staff member with this name.</source>
        <translation>已有同名员工。</translation>
    </message>
</context>
<context>
    <name>TagChip</name>
    <message>
        <source>Remove the tag “{tag}”</source>
        <translation>移除标签“{tag}”</translation>
    </message>
</context>
<context>
    <name>TagEditor</name>
    <message>
        <source>Add a tag: type a name, pinyin or “group: tag”</source>
        <translation>添加标签：输入名称、拼音或“分组：标签”</translation>
    </message>
    <message>
        <source>The group a new tag goes into; type a name for a new group</source>
        <translation>新标签所属的分组；输入新名称可新建分组</translation>
    </message>
    <message>
        <source>Add tag</source>
        <translation>添加标签</translation>
    </message>
    <message>
        <source>New tags go into</source>
        <translation>新标签加入分组</translation>
    </message>
    <message>
        <source>No tags yet. Tags describe the customer (gender, age band, spending preference...) and the list filters by them.</source>
        <translation>还没有标签。标签用于描述客户（性别、年龄段、消费偏好……），客户列表可按标签筛选。</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>其他</translation>
    </message>
</context>
<context>
    <name>TagGroupsPage</name>
    <message>
        <source>Name of a new group</source>
        <translation>新分组名称</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>添加(&amp;A)</translation>
    </message>
    <message>
        <source>Re&amp;name</source>
        <translation>重命名(&amp;N)</translation>
    </message>
    <message>
        <source>&amp;Delete</source>
        <translation>删除(&amp;D)</translation>
    </message>
    <message>
        <source>&amp;Undo</source>
        <translation>撤销(&amp;U)</translation>
    </message>
    <message>
        <source>Portrait tags belong to groups (gender, age group, preferences...). Changes on this page are saved at once. Deleting a group removes its tags from every customer; it can be undone until you close the dialog.</source>
        <translation>画像标签按分组归类（性别、年龄段、偏好……）。本页的修改会立即保存。删除分组会从所有客户身上移除该组的标签；关闭对话框前可以撤销。</translation>
    </message>
    <message>
        <source>Tag groups</source>
        <translation>标签分组</translation>
    </message>
    <message numerus="yes">
        <source>{name} (%n tag(s))</source>
        <translation>
            <numerusform>{name}（%n 个标签）</numerusform>
        </translation>
    </message>
    <message>
        <source>Rename tag group</source>
        <translation>重命名标签分组</translation>
    </message>
    <message>
        <source>New name:</source>
        <translation>新名称：</translation>
    </message>
    <message>
        <source>Counting the customers with these tags...</source>
        <translation>正在统计使用这些标签的客户...</translation>
    </message>
    <message>
        <source>Delete tag group</source>
        <translation>删除标签分组</translation>
    </message>
    <message numerus="yes">
        <source>Tags of the group “{name}” are given to customers %n time(s). Deleting the group takes these tags off those customers.

Delete it?</source>
        <translation>
            <numerusform>分组“{name}”的标签共被客户使用 %n 次。删除该分组会从这些客户身上移除这些标签。

要删除吗？</numerusform>
        </translation>
    </message>
    <message>
        <source>The group “{name}” was deleted.</source>
        <translation>已删除分组“{name}”。</translation>
    </message>
</context>
<context>
    <name>TagPickerDialog</name>
    <message>
        <source>Filter tags</source>
        <translation>筛选标签</translation>
    </message>
    <message>
        <source>There are no tags yet: add them in the settings.</source>
        <translation>还没有标签：请在设置中添加。</translation>
    </message>
</context>
<context>
    <name>Task</name>
    <message>
        <source>Cancel</source>
        <translation>取消</translation>
    </message>
</context>
<context>
    <name>TierRulesPage</name>
    <message>
        <source> months</source>
        <extracomment>Pages whose changes are written at once (records, not settings) have no defaults.</extracomment>
        <translation> 个月</translation>
    </message>
    <message>
        <source>Count purchases of the last:</source>
        <translation>统计最近：</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>等级</translation>
    </message>
    <message>
        <source>Amount bought at least</source>
        <translation>购买金额不低于</translation>
    </message>
    <message>
        <source>Purchases at least</source>
        <translation>购买次数不少于</translation>
    </message>
    <message>
        <source>Referrals at least</source>
        <translation>转介绍不少于</translation>
    </message>
    <message>
        <source>not used</source>
        <translation>不使用</translation>
    </message>
    <message>
        <source>every other customer</source>
        <translation>其余所有客户</translation>
    </message>
    <message>
        <source>A customer reaches a tier when any one of its thresholds is met; the highest tier reached wins. Amounts and purchases count the orders of the window above; referrals count every customer this one brought in. A tier set by hand on a customer stays until it is cleared there. Tiers are recomputed for every customer when you press OK.</source>
        <translation>客户满足某一等级的任一门槛即可达到该等级，取达到的最高等级。金额和次数按上方统计期内的成交记录计算；转介绍计算此客户介绍来的所有客户。手动设定的等级会一直保留，直到在该客户处清除。点击“确定”后，将为所有客户重新计算等级。</translation>
    </message>
    <message>
        <source>Tiers</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>amount</source>
        <translation>购买金额</translation>
    </message>
    <message>
        <source>purchases</source>
        <translation>购买次数</translation>
    </message>
    <message>
        <source>referrals</source>
        <translation>转介绍</translation>
    </message>
    <message>
        <source>Tiers: the {high} threshold for {what} must be above the {low} one, or no customer would reach {low} by it.</source>
        <translation>客户等级：{high}的{what}门槛必须高于{low}，否则没有客户能凭此达到{low}。</translation>
    </message>
</context>
<context>
    <name>UndoBar</name>
    <message>
        <source>Undo</source>
        <translation>撤销</translation>
    </message>
    <message>
        <source>Hide this message</source>
        <translation>隐藏此消息</translation>
    </message>
</context>
<context>
    <name>ValueClassPage</name>
    <message>
        <source> months</source>
        <translation> 个月</translation>
    </message>
    <message>
        <source>{value}: the top share by amount</source>
        <translation>{value}：按金额排名前</translation>
    </message>
    <message>
        <source>Growing or declining: change of at least</source>
        <translation>增长或下降：变化幅度至少</translation>
    </message>
    <message>
        <source>{potential}: new within</source>
        <translation>{potential}：新客户期限</translation>
    </message>
    <message>
        <source>{frozen}: no purchase for</source>
        <translation>{frozen}：未购买已达</translation>
    </message>
    <message>
        <source>RFM segments: purchases of the last</source>
        <translation>RFM 分群：统计最近</translation>
    </message>
    <message>
        <source>Value customers are the top share by 12-month amount and not declining; potential customers buy little but grow by the change above, or are new with a repeat purchase; migrating customers declined by it; frozen customers stopped buying.</source>
        <translation>价值客户：近 12 个月金额排名靠前且未下降；潜力客户：购买少但增长达到上述幅度，或为有复购的新客户；迁移客户：下降达到上述幅度；冰点客户：已停止购买。</translation>
    </message>
    <message>
        <source>Value classes</source>
        <translation>价值分类</translation>
    </message>
</context>
</TS>
