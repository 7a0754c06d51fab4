<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="zh_CN">
<context>
    <name></name>
    <message>
        <source>Page {page} of {count}</source>
        <translation>第 {page} 页，共 {count} 页</translation>
    </message>
    <message>
        <source>Print preview: {title}</source>
        <translation>打印预览：{title}</translation>
    </message>
    <message>
        <source>Save as PDF</source>
        <translation>另存为 PDF</translation>
    </message>
    <message>
        <source>PDF files (*.pdf)</source>
        <translation>PDF 文件 (*.pdf)</translation>
    </message>
    <message>
        <source>The PDF could not be written to {path}: {reason}. Choose another folder.</source>
        <translation>无法将 PDF 写入 {path}：{reason}。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Save as PDF...</source>
        <translation>另存为 PDF...</translation>
    </message>
    <message>
        <source>and {count} more</source>
        <translation>另有 {count} 项</translation>
    </message>
    <message>
        <source>Customer profile: {name}</source>
        <translation>客户档案：{name}</translation>
    </message>
    <message>
        <source>Classification and value</source>
        <translation>分类与价值</translation>
    </message>
    <message>
        <source>Credit and risk</source>
        <translation>资信与风险</translation>
    </message>
    <message>
        <source>Profile notes</source>
        <translation>客户概况</translation>
    </message>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Primary contact</source>
        <translation>主联系人</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
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
    <message>
        <source>Satisfaction</source>
        <translation>满意度</translation>
    </message>
    <message>
        <source>, </source>
        <translation>、</translation>
    </message>
    <message>
        <source>{amount} (over the credit limit)</source>
        <translation>{amount}（超出信用额度）</translation>
    </message>
    <message>
        <source>Open amount</source>
        <translation>未结金额</translation>
    </message>
    <message>
        <source>Latest credit check</source>
        <translation>最近资信调查</translation>
    </message>
    <message>
        <source>Service period</source>
        <translation>服务期限</translation>
    </message>
    <message>
        <source>{title} ({count})</source>
        <translation>{title}（{count}）</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>渠道</translation>
    </message>
    <message>
        <source>By</source>
        <translation>经办人</translation>
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
        <source>Recent follow-ups</source>
        <translation>最近跟进</translation>
    </message>
    <message>
        <source>Deal</source>
        <translation>销售机会</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Probability</source>
        <translation>赢率</translation>
    </message>
    <message>
        <source>Expected close</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>销售机会</translation>
    </message>
    <message>
        <source>Description</source>
        <translation>产品/说明</translation>
    </message>
    <message>
        <source>Category</source>
        <translation>品类</translation>
    </message>
    <message>
        <source>Unpaid</source>
        <translation>未收款</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>成交记录</translation>
    </message>
    <message>
        <source>Opened</source>
        <translation>受理时间</translation>
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
        <source>Service records</source>
        <translation>服务记录</translation>
    </message>
    <message>
        <source>Search: “{text}”</source>
        <translation>搜索：“{text}”</translation>
    </message>
    <message>
        <source>Follow-up</source>
        <translation>跟进状态</translation>
    </message>
    <message>
        <source>No owner</source>
        <translation>无负责人</translation>
    </message>
    <message>
        <source> and </source>
        <translation> 且 </translation>
    </message>
    <message>
        <source>Valid customers</source>
        <translation>有效客户</translation>
    </message>
    <message>
        <source>Invalid customers</source>
        <translation>无效客户</translation>
    </message>
    <message>
        <source>Created {start} – {end}</source>
        <translation>创建日期 {start} – {end}</translation>
    </message>
    <message>
        <source>A chosen set of {count} customers</source>
        <translation>选定的 {count} 位客户</translation>
    </message>
    <message>
        <source>Archive</source>
        <translation>归档</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>Customer list</source>
        <translation>客户列表</translation>
    </message>
    <message>
        <source>{count} customers</source>
        <translation>共 {count} 位客户</translation>
    </message>
    <message>
        <source>The first {shown} of {count} customers: narrow the filter to print the rest</source>
        <translation>仅列出 {count} 位客户中的前 {shown} 位：请缩小筛选范围以打印其余客户</translation>
    </message>
    <message>
        <source>Filter: {filter}</source>
        <translation>筛选条件：{filter}</translation>
    </message>
    <message>
        <source>Address labels</source>
        <translation>地址标签</translation>
    </message>
    <message>
        <source>Postcode {code}</source>
        <translation>邮编 {code}</translation>
    </message>
    <message>
        <source>Print</source>
        <translation>打印</translation>
    </message>
    <message>
        <source>Open a customer first, then print its profile.</source>
        <translation>请先打开一位客户，再打印其档案。</translation>
    </message>
    <message>
        <source>Preparing the customer profile...</source>
        <translation>正在准备客户档案...</translation>
    </message>
    <message>
        <source>This customer no longer exists: it was deleted.</source>
        <translation>此客户已不存在：已被删除。</translation>
    </message>
    <message>
        <source>The list is still loading: print it when the status bar shows its count.</source>
        <translation>列表仍在加载：请在状态栏显示客户数后再打印。</translation>
    </message>
    <message>
        <source>The list is empty: there is nothing to print.</source>
        <translation>列表为空，没有可打印的内容。</translation>
    </message>
    <message>
        <source>Preparing the customer list...</source>
        <translation>正在准备客户列表...</translation>
    </message>
    <message>
        <source>The list is empty: there are no addresses to print.</source>
        <translation>列表为空，没有可打印的地址。</translation>
    </message>
    <message>
        <source>Preparing the address labels...</source>
        <translation>正在准备地址标签...</translation>
    </message>
</context>
<context>
    <name>AboutDialog</name>
    <message>
        <source>Version</source>
        <translation>版本</translation>
    </message>
    <message>
        <source>Qt</source>
        <translation>Qt</translation>
    </message>
    <message>
        <source>PySide</source>
        <translation>PySide</translation>
    </message>
    <message>
        <source>Python</source>
        <translation>Python</translation>
    </message>
    <message>
        <source>Operating system</source>
        <translation>操作系统</translation>
    </message>
    <message>
        <source>Database</source>
        <translation>数据库</translation>
    </message>
    <message>
        <source>Log file</source>
        <translation>日志文件</translation>
    </message>
    <message>
        <source>About CRM Desktop</source>
        <translation>关于 CRM Desktop</translation>
    </message>
    <message>
        <source>&lt;h2&gt;{name}&lt;/h2&gt;&lt;p&gt;Customer management for office staff.&lt;/p&gt;</source>
        <translation>&lt;h2&gt;{name}&lt;/h2&gt;&lt;p&gt;面向办公室人员的客户管理软件。&lt;/p&gt;</translation>
    </message>
    <message>
        <source>&amp;Copy details</source>
        <translation>复制详细信息(&amp;C)</translation>
    </message>
    <message>
        <source>Copy these details, to paste into a message</source>
        <translation>复制以上信息，以便粘贴到消息中</translation>
    </message>
    <message>
        <source>Copied</source>
        <translation>已复制</translation>
    </message>
</context>
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
    <name>AnalysisReport</name>
    <message>
        <source>owner {name}</source>
        <translation>负责人 {name}</translation>
    </message>
    <message>
        <source>tier {tier}</source>
        <translation>等级 {tier}</translation>
    </message>
    <message>
        <source>tag {tag}</source>
        <translation>标签 {tag}</translation>
    </message>
    <message>
        <source>the customer list&apos;s filter</source>
        <translation>客户列表的筛选条件</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>Customers of {parts}</source>
        <translation>客户范围：{parts}</translation>
    </message>
    <message>
        <source>Analysis report</source>
        <translation>分析报告</translation>
    </message>
    <message>
        <source>{start} to {end} (as of {as_of}) · {scope}</source>
        <translation>{start} 至 {end}（截至 {as_of}）· {scope}</translation>
    </message>
    <message>
        <source>No data for this period and scope.</source>
        <translation>此期间和范围内没有数据。</translation>
    </message>
</context>
<context>
    <name>BackupDialog</name>
    <message>
        <source>Backups and restore</source>
        <translation>备份与恢复</translation>
    </message>
    <message>
        <source>Backups are taken on start, every two hours while the window is open, and before every import, undo, bulk change, upgrade or restore. Restoring backs up the current data first.</source>
        <translation>程序会在启动时、窗口打开期间每两小时，以及每次导入、撤销、批量修改、升级或恢复之前自动备份。恢复前会先备份当前数据。</translation>
    </message>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>Size</source>
        <translation>大小</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>原因</translation>
    </message>
    <message>
        <source>&amp;Back up now</source>
        <translation>立即备份(&amp;B)</translation>
    </message>
    <message>
        <source>&amp;Restore...</source>
        <translation>恢复(&amp;R)...</translation>
    </message>
    <message>
        <source>Restore from &amp;file...</source>
        <translation>从文件恢复(&amp;F)...</translation>
    </message>
    <message>
        <source>&amp;Open folder</source>
        <translation>打开文件夹(&amp;O)</translation>
    </message>
    <message>
        <source>Folder: {path}</source>
        <translation>文件夹：{path}</translation>
    </message>
    <message>
        <source>Backing up the database...</source>
        <translation>正在备份数据库...</translation>
    </message>
    <message>
        <source>Replace all current data with the backup from {date} ({customers} customers)?

The current data is backed up first, so this can be reversed.</source>
        <translation>用 {date} 的备份（{customers} 位客户）替换当前全部数据？

会先备份当前数据，因此可以撤回。</translation>
    </message>
    <message>
        <source>Restore from a backup file</source>
        <translation>从备份文件恢复</translation>
    </message>
    <message>
        <source>CRM Desktop databases (*.db *.sqlite);;All files (*)</source>
        <translation>CRM Desktop 数据库 (*.db *.sqlite);;所有文件 (*)</translation>
    </message>
    <message>
        <source>Replace all current data with the contents of {file}?

The file is checked first, and the current data is backed up, so this can be reversed.</source>
        <translation>用 {file} 的内容替换当前全部数据？

会先检查该文件并备份当前数据，因此可以撤回。</translation>
    </message>
    <message>
        <source>Restore a backup</source>
        <translation>恢复备份</translation>
    </message>
    <message>
        <source>Restoring the backup...</source>
        <translation>正在恢复备份...</translation>
    </message>
    <message>
        <source>The damaged database was kept, unchanged, as {path}.</source>
        <translation>已损坏的数据库原样保留为 {path}。</translation>
    </message>
    <message>
        <source>The data it replaced was backed up to {path}.</source>
        <translation>被替换的数据已备份到 {path}。</translation>
    </message>
    <message>
        <source>Backup restored</source>
        <translation>备份已恢复</translation>
    </message>
    <message>
        <source>The backup was restored.</source>
        <translation>备份已恢复。</translation>
    </message>
    <message>
        <source>The backup folder {path} cannot be created: {reason}</source>
        <translation>无法创建备份文件夹 {path}：{reason}</translation>
    </message>
</context>
<context>
    <name>BackupScheduler</name>
    <message>
        <source>Backed up at {time}.</source>
        <translation>已于 {time} 备份。</translation>
    </message>
    <message>
        <source>The backup failed: {reason}</source>
        <translation>备份失败：{reason}</translation>
    </message>
</context>
<context>
    <name>Backups</name>
    <message>
        <source>On start</source>
        <translation>启动时</translation>
    </message>
    <message>
        <source>Scheduled</source>
        <translation>定时</translation>
    </message>
    <message>
        <source>By hand</source>
        <translation>手动</translation>
    </message>
    <message>
        <source>Before an import</source>
        <translation>导入前</translation>
    </message>
    <message>
        <source>Before an undo</source>
        <translation>撤销前</translation>
    </message>
    <message>
        <source>Before a bulk change</source>
        <translation>批量修改前</translation>
    </message>
    <message>
        <source>Before a database upgrade</source>
        <translation>数据库升级前</translation>
    </message>
    <message>
        <source>Before a restore</source>
        <translation>恢复前</translation>
    </message>
    <message>
        <source>{size} MB</source>
        <translation>{size} MB</translation>
    </message>
    <message>
        <source>{size} KB</source>
        <translation>{size} KB</translation>
    </message>
    <message>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({problem}). CRM Desktop will close now so that nothing more is written to it. Start it again to restore the newest good backup; the damaged file is kept aside, unchanged.</source>
        <translation>数据库 {path} 已损坏（{problem}）。CRM Desktop 现在将关闭，以免继续写入。请重新启动以恢复最新的完好备份；已损坏的文件会原样另行保留。</translation>
    </message>
    <message>
        <source>The database is on a network share: {reason}.

SQLite databases on network shares can be corrupted when the connection drops or two computers write at once. Keep the database on this computer&apos;s own disk (choose another location in the settings), and share it by other means.</source>
        <translation>数据库位于网络共享位置：{reason}。

网络共享上的 SQLite 数据库在连接中断或两台电脑同时写入时可能损坏。请将数据库放在本机磁盘上（在设置中选择其他位置），并通过其他方式共享数据。</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({problem}), and there is no good backup of it. It has not been changed. Keep a copy of the file and ask your support contact, or restore a backup you keep elsewhere with &apos;python main.py restore FILE&apos;.</source>
        <translation>数据库 {path} 已损坏（{problem}），且没有完好的备份。文件未被改动。请保留该文件的副本并联系技术支持，或用 &apos;python main.py restore FILE&apos; 恢复您保存在别处的备份。</translation>
    </message>
    <message>
        <source>The database {path} is damaged ({problem}). It has not been changed.

Restore the newest good backup, from {date} ({customers} customers)? The damaged file is kept aside, unchanged.</source>
        <translation>数据库 {path} 已损坏（{problem}），文件未被改动。

要恢复最新的完好备份（{date}，{customers} 位客户）吗？已损坏的文件会原样另行保留。</translation>
    </message>
    <message>
        <source>The backup from {date} was restored. The damaged database was kept as {copy}.</source>
        <translation>已恢复 {date} 的备份。已损坏的数据库保留为 {copy}。</translation>
    </message>
</context>
<context>
    <name>ChartView</name>
    <message>
        <source>Save as PNG...</source>
        <translation>另存为 PNG...</translation>
    </message>
    <message>
        <source>No data for this period and scope.</source>
        <translation>此期间和范围内没有数据。</translation>
    </message>
    <message>
        <source>Save chart as PNG</source>
        <translation>将图表另存为 PNG</translation>
    </message>
    <message>
        <source>PNG image (*.png)</source>
        <translation>PNG 图片 (*.png)</translation>
    </message>
    <message>
        <source>The chart could not be saved to {path}. Choose a folder you may write to.</source>
        <translation>无法将图表保存到 {path}。请选择有写入权限的文件夹。</translation>
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
    <name>CompanyPage</name>
    <message>
        <source>Company &amp;name:</source>
        <translation>公司名称(&amp;N)：</translation>
    </message>
    <message>
        <source>Printed at the top of every page of the customer profile, the customer list and the analysis report. Left empty, the reports show “CRM Desktop”.</source>
        <translation>打印在客户档案、客户列表和分析报告每一页的顶部。留空时，报表显示“CRM Desktop”。</translation>
    </message>
    <message>
        <source>Company</source>
        <translation>公司信息</translation>
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
        <source>e.g. 2024-03-05</source>
        <translation>如 2024-03-05</translation>
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
    <message>
        <source>All selected (the list is still loading)</source>
        <translation>已全选（列表仍在加载）</translation>
    </message>
    <message numerus="yes">
        <source>%n selected (the list is still loading)</source>
        <translation>
            <numerusform>已选 %n 位客户（列表仍在加载）</numerusform>
        </translation>
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
        <source>The name “{value}” is already used. Choose another name.</source>
        <translation>名称“{value}”已被使用，请换一个名称。</translation>
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
    <name>ExportDialog</name>
    <message>
        <source>Valid</source>
        <translation>有效</translation>
    </message>
    <message>
        <source>Invalid</source>
        <translation>无效</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Export customers</source>
        <translation>导出客户</translation>
    </message>
    <message>
        <source>The &amp;current list (its filter, order and columns)</source>
        <translation>当前列表（按其筛选、排序和列）(&amp;C)</translation>
    </message>
    <message numerus="yes">
        <source>The &amp;current list: %n customer(s), with its filter, order and columns</source>
        <translation>
            <numerusform>当前列表：%n 位客户，按其筛选、排序和列(&amp;C)</numerusform>
        </translation>
    </message>
    <message>
        <source>&amp;All customers, with every field</source>
        <translation>全部客户，包含所有字段(&amp;A)</translation>
    </message>
    <message>
        <source>Excel workbook (.xlsx)</source>
        <translation>Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>CSV, UTF-8 (.csv)</source>
        <translation>CSV，UTF-8（.csv）</translation>
    </message>
    <message>
        <source>Dates are written as dates, amounts as numbers and phone numbers as text. A cell that starts with = + - or @ is written as text, so it can never run as a formula.</source>
        <translation>日期按日期格式、金额按数字、电话号码按文本写入。以 = + - 或 @ 开头的单元格按文本写入，绝不会被当作公式执行。</translation>
    </message>
    <message>
        <source>Save a blank import &amp;template...</source>
        <translation>保存空白导入模板(&amp;T)...</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>导出(&amp;E)...</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>格式：</translation>
    </message>
    <message>
        <source>Export:</source>
        <translation>导出：</translation>
    </message>
    <message>
        <source>customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>CSV file (*.csv)</source>
        <translation>CSV 文件 (*.csv)</translation>
    </message>
    <message>
        <source>Export finished</source>
        <translation>导出完成</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) exported to {path}.</source>
        <translation>
            <numerusform>已将 %n 位客户导出到 {path}。</numerusform>
        </translation>
    </message>
    <message>
        <source>Export cancelled</source>
        <translation>导出已取消</translation>
    </message>
    <message>
        <source>The export was cancelled; no file was written.</source>
        <translation>导出已取消，未写入任何文件。</translation>
    </message>
    <message>
        <source>Export failed</source>
        <translation>导出失败</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}. Close it if it is open in Excel or WPS, or choose another folder.</source>
        <translation>无法写入 {path}：{reason}。如果该文件正在 Excel 或 WPS 中打开，请先关闭，或选择其他文件夹。</translation>
    </message>
    <message>
        <source>Exporting customers...</source>
        <translation>正在导出客户...</translation>
    </message>
    <message>
        <source>customer-import-template</source>
        <translation>客户导入模板</translation>
    </message>
    <message>
        <source>Save the import template</source>
        <translation>保存导入模板</translation>
    </message>
    <message>
        <source>Template not saved</source>
        <translation>模板未保存</translation>
    </message>
    <message>
        <source>{path} could not be written: {reason}. Choose another folder.</source>
        <translation>无法写入 {path}：{reason}。请选择其他文件夹。</translation>
    </message>
    <message>
        <source>Template saved</source>
        <translation>模板已保存</translation>
    </message>
    <message>
        <source>The import template is in {path}. Fill in one customer per row, then import it.</source>
        <translation>导入模板已保存到 {path}。请每行填写一位客户，然后导入。</translation>
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
    <message numerus="yes">
        <source>{amount} (%n order(s))</source>
        <translation>
            <numerusform>{amount}（%n 笔）</numerusform>
        </translation>
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
    <name>FilePage</name>
    <message>
        <source>Choose a spreadsheet</source>
        <translation>选择电子表格</translation>
    </message>
    <message>
        <source>Excel (.xlsx, .xlsm, .xls, .xlsb), OpenDocument (.ods) or CSV. You can also drop the file on this window.</source>
        <translation>支持 Excel（.xlsx、.xlsm、.xls、.xlsb）、OpenDocument（.ods）或 CSV 文件。也可以把文件拖到此窗口。</translation>
    </message>
    <message>
        <source>The file to import</source>
        <translation>要导入的文件</translation>
    </message>
    <message>
        <source>&amp;Browse...</source>
        <translation>浏览(&amp;B)...</translation>
    </message>
    <message>
        <source>Save a blank import &amp;template...</source>
        <translation>保存空白导入模板(&amp;T)...</translation>
    </message>
    <message>
        <source>An empty workbook with the columns the import recognises and a sheet of instructions; fill it in and import it.</source>
        <translation>一个空白工作簿，包含导入可识别的列和一张填写说明表；填好后即可导入。</translation>
    </message>
    <message>
        <source>File:</source>
        <translation>文件：</translation>
    </message>
    <message>
        <source>The rows are:</source>
        <translation>数据行类型：</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>导入电子表格</translation>
    </message>
    <message>
        <source>Spreadsheets ({patterns});;All files (*)</source>
        <translation>电子表格 ({patterns});;所有文件 (*)</translation>
    </message>
    <message>
        <source>Reading the file...</source>
        <translation>正在读取文件...</translation>
    </message>
    <message numerus="yes">
        <source>{name}: %n sheet(s).</source>
        <translation>
            <numerusform>{name}：共 %n 个工作表。</numerusform>
        </translation>
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
        <source>{title}: {values}</source>
        <translation>{title}：{values}</translation>
    </message>
    <message>
        <source>Created {start} – {end}</source>
        <translation>创建日期 {start} – {end}</translation>
    </message>
    <message>
        <source>Created on or after {start}</source>
        <translation>创建日期 {start} 起</translation>
    </message>
    <message>
        <source>Created on or before {end}</source>
        <translation>创建日期 {end} 及以前</translation>
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
        <translation>未联系时长</translation>
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
    <name>HeaderPage</name>
    <message>
        <source>Find the header row</source>
        <translation>确定标题行</translation>
    </message>
    <message>
        <source>The highlighted row holds the column names. Click another row if it is wrong, or tick “no header row” when the sheet starts with data.</source>
        <translation>高亮的行为列名所在行。如果不对，请点击其他行；如果工作表第一行就是数据，请勾选“没有标题行”。</translation>
    </message>
    <message>
        <source>No header row: name the columns A, B, C...</source>
        <translation>没有标题行：列名按 A、B、C... 命名</translation>
    </message>
    <message>
        <source>Reading the sheet...</source>
        <translation>正在读取工作表...</translation>
    </message>
    <message>
        <source>No header row: the columns are named A, B, C... and mapped by their content.</source>
        <translation>没有标题行：各列按 A、B、C... 命名，并根据内容匹配字段。</translation>
    </message>
    <message>
        <source>Row {row} holds the column names; the data starts below it.</source>
        <translation>第 {row} 行为列名，数据从下一行开始。</translation>
    </message>
    <message>
        <source>row {row}: {reason}</source>
        <translation>第 {row} 行：{reason}</translation>
    </message>
    <message>
        <source>Rows left out because they are not data: {rows}</source>
        <translation>因不是数据而略过的行：{rows}</translation>
    </message>
</context>
<context>
    <name>ImportHistoryDialog</name>
    <message>
        <source>Import history</source>
        <translation>导入历史</translation>
    </message>
    <message>
        <source>No spreadsheet has been imported yet.</source>
        <translation>还没有导入过电子表格。</translation>
    </message>
    <message>
        <source>&amp;Undo this import...</source>
        <translation>撤销本次导入(&amp;U)...</translation>
    </message>
    <message>
        <source>Remove what the import created and put back what it updated.</source>
        <translation>删除该次导入新建的内容，并还原其更新的内容。</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>撤销本次导入</translation>
    </message>
    <message>
        <source>Undo the import of {file} ({sheet})? The customers and records it created are removed and the customers it updated are put back as they were.</source>
        <translation>撤销 {file}（{sheet}）的导入？该次导入新建的客户和记录将被删除，被更新的客户将恢复原样。</translation>
    </message>
</context>
<context>
    <name>ImportHistoryModel</name>
    <message>
        <source>Date</source>
        <translation>日期</translation>
    </message>
    <message>
        <source>File</source>
        <translation>文件</translation>
    </message>
    <message>
        <source>Sheet</source>
        <translation>工作表</translation>
    </message>
    <message>
        <source>Rows are</source>
        <translation>数据类型</translation>
    </message>
    <message>
        <source>Created</source>
        <translation>新建</translation>
    </message>
    <message>
        <source>Updated</source>
        <translation>更新</translation>
    </message>
    <message>
        <source>Skipped</source>
        <translation>跳过</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>状态</translation>
    </message>
    <message>
        <source>The program stopped during this import. The rows it saved are in the database; undo removes them.</source>
        <translation>本次导入过程中程序中断。已保存的行仍在数据库中，撤销即可删除。</translation>
    </message>
    <message>
        <source>Undone on {date}</source>
        <translation>已于 {date} 撤销</translation>
    </message>
</context>
<context>
    <name>ImportWizard</name>
    <message>
        <source>The file could not be opened. Check that it still exists and that you may read it, then try again.</source>
        <translation>无法打开该文件。请确认文件仍然存在且有读取权限，然后重试。</translation>
    </message>
    <message>
        <source>This workbook is protected with a password. Open it in Excel or WPS, remove the password, save it, and import the saved file.</source>
        <translation>此工作簿设有密码保护。请在 Excel 或 WPS 中打开，取消密码后保存，再导入保存后的文件。</translation>
    </message>
    <message>
        <source>The file is damaged or incomplete (it may have been cut off while downloading or copying). Open it in Excel or WPS; if it opens, save it again as .xlsx and import that, otherwise get a fresh copy.</source>
        <translation>文件已损坏或不完整（可能在下载或复制时被截断）。请在 Excel 或 WPS 中打开：如果能打开，另存为 .xlsx 后导入；否则请重新获取一份文件。</translation>
    </message>
    <message>
        <source>This file is not a spreadsheet. Import an Excel workbook (.xlsx, .xls, .xlsb), an OpenDocument spreadsheet (.ods) or a CSV file.</source>
        <translation>此文件不是电子表格。请导入 Excel 工作簿（.xlsx、.xls、.xlsb）、OpenDocument 电子表格（.ods）或 CSV 文件。</translation>
    </message>
    <message>
        <source>The file is empty: it holds no cells with data. Check that you chose the right file; if it shows data in Excel or WPS, save it again there and import the copy.</source>
        <translation>文件为空：没有任何含数据的单元格。请确认选对了文件；如果在 Excel 或 WPS 中能看到数据，请在其中另存一份再导入。</translation>
    </message>
    <message>
        <source>The chosen sheet is empty. Choose the sheet that holds the customer list.</source>
        <translation>所选工作表为空。请选择包含客户名单的工作表。</translation>
    </message>
    <message>
        <source>This sheet is not a table: it looks like a form with labels and values side by side. Import a list with one row per customer and one column per field.</source>
        <translation>此工作表不是表格：看起来像是标签和值并排的表单。请导入每行一位客户、每列一个字段的名单。</translation>
    </message>
    <message>
        <source>The file was refused because it would expand to an unreasonable size when opened. If you trust it, open it in Excel, copy the data to a new workbook and import that.</source>
        <translation>已拒绝此文件：打开后会膨胀到不合理的大小。如果您信任该文件，请在 Excel 中打开，把数据复制到新工作簿后再导入。</translation>
    </message>
    <message>
        <source>The sheet is too large to import at once. Split it into several files, or delete empty rows and columns far from the data, then import again.</source>
        <translation>工作表太大，无法一次导入。请拆分为多个文件，或删除远离数据区域的空行和空列，然后重新导入。</translation>
    </message>
    <message>
        <source>The workbook has no sheet by that name. Choose one of its sheets.</source>
        <translation>工作簿中没有该名称的工作表。请从现有工作表中选择。</translation>
    </message>
    <message>
        <source>The file {name} does not exist. Choose the file again.</source>
        <translation>文件 {name} 不存在。请重新选择文件。</translation>
    </message>
    <message>
        <source>You may not read {name}. Close it in Excel or WPS if it is open there, or copy it to your documents folder, and try again.</source>
        <translation>没有读取 {name} 的权限。如果该文件正在 Excel 或 WPS 中打开，请先关闭；或将其复制到“文档”文件夹后重试。</translation>
    </message>
    <message>
        <source>The file could not be read: {reason}</source>
        <translation>无法读取文件：{reason}</translation>
    </message>
    <message>
        <source>blank row</source>
        <translation>空行</translation>
    </message>
    <message>
        <source>required/optional markers (必填/选填)</source>
        <translation>必填/选填标记行</translation>
    </message>
    <message>
        <source>example row</source>
        <translation>示例行</translation>
    </message>
    <message>
        <source>instructions or notes</source>
        <translation>说明或备注</translation>
    </message>
    <message>
        <source>totals row</source>
        <translation>合计行</translation>
    </message>
    <message>
        <source>the header repeated</source>
        <translation>重复的标题行</translation>
    </message>
    <message>
        <source>part of a header of several rows</source>
        <translation>多行标题的一部分</translation>
    </message>
    <message>
        <source>No column is mapped to the customer name. Go back to the mapping and choose “Name” for the column that holds it.</source>
        <translation>没有列对应到客户名称。请返回列匹配步骤，为包含客户名称的列选择“客户名称”。</translation>
    </message>
    <message>
        <source>No column finds the customer of each row. Go back to the mapping and choose the customer&apos;s name, code, phone or e-mail for the column that holds it.</source>
        <translation>没有可用来找到每行所属客户的列。请返回列匹配步骤，为相应的列选择客户名称、客户编号、电话或邮箱。</translation>
    </message>
    <message>
        <source>Import a spreadsheet</source>
        <translation>导入电子表格</translation>
    </message>
    <message>
        <source>Something went wrong; the details are in the log file.</source>
        <translation>出现了错误，详细信息已写入日志文件。</translation>
    </message>
    <message>
        <source>Checking every row...</source>
        <translation>正在检查每一行...</translation>
    </message>
    <message>
        <source>Something went wrong; the details are in the log file. Rows saved before the problem can be undone from the import history.</source>
        <translation>出现了错误，详细信息已写入日志文件。出错前已保存的行可以在导入历史中撤销。</translation>
    </message>
    <message>
        <source>Save the failed rows</source>
        <translation>保存失败的行</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx);;CSV (*.csv)</source>
        <translation>Excel 工作簿 (*.xlsx);;CSV (*.csv)</translation>
    </message>
    <message>
        <source>Failed rows saved</source>
        <translation>已保存失败的行</translation>
    </message>
    <message>
        <source>The failed rows are in {path}. Fix them there and import that file.</source>
        <translation>失败的行已保存到 {path}。请在该文件中更正后再导入。</translation>
    </message>
    <message>
        <source>Failed rows not saved</source>
        <translation>未能保存失败的行</translation>
    </message>
    <message>
        <source>Saving the failed rows...</source>
        <translation>正在保存失败的行...</translation>
    </message>
    <message>
        <source>Undo this import</source>
        <translation>撤销本次导入</translation>
    </message>
    <message>
        <source>Remove the customers and records this import created and put back the customers it updated?</source>
        <translation>删除本次导入新建的客户和记录，并还原被更新的客户？</translation>
    </message>
    <message>
        <source>{reason}

Undo anyway? The later edits of those customers are lost too.</source>
        <translation>{reason}

仍要撤销吗？这些客户之后的修改也会丢失。</translation>
    </message>
    <message>
        <source>Undoing the import...</source>
        <translation>正在撤销导入...</translation>
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
        <source>Customer</source>
        <translation>客户</translation>
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
    <message>
        <source>Status (valid / invalid)</source>
        <translation>状态（有效/无效）</translation>
    </message>
    <message>
        <source>Contact name</source>
        <translation>联系人姓名</translation>
    </message>
    <message>
        <source>Contact title</source>
        <translation>联系人职务</translation>
    </message>
    <message>
        <source>Contact mobile</source>
        <translation>联系人手机</translation>
    </message>
    <message>
        <source>Contact phone</source>
        <translation>联系人电话</translation>
    </message>
    <message>
        <source>Contact e-mail</source>
        <translation>联系人邮箱</translation>
    </message>
    <message>
        <source>Created on</source>
        <translation>创建日期</translation>
    </message>
    <message>
        <source>First name</source>
        <translation>名</translation>
    </message>
    <message>
        <source>Last name</source>
        <translation>姓</translation>
    </message>
    <message>
        <source>Follow-up date</source>
        <translation>跟进日期</translation>
    </message>
    <message>
        <source>Channel</source>
        <translation>跟进渠道</translation>
    </message>
    <message>
        <source>Content</source>
        <translation>跟进内容</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>跟进结果</translation>
    </message>
    <message>
        <source>Deal title</source>
        <translation>销售机会名称</translation>
    </message>
    <message>
        <source>Deal amount</source>
        <translation>销售机会金额</translation>
    </message>
    <message>
        <source>Deal stage</source>
        <translation>销售阶段</translation>
    </message>
    <message>
        <source>Expected close date</source>
        <translation>预计成交日期</translation>
    </message>
    <message>
        <source>Order date</source>
        <translation>成交日期</translation>
    </message>
    <message>
        <source>Order amount</source>
        <translation>成交金额</translation>
    </message>
    <message>
        <source>Order cost</source>
        <translation>成本</translation>
    </message>
    <message>
        <source>Amount paid</source>
        <translation>已收款</translation>
    </message>
    <message>
        <source>Product category</source>
        <translation>产品品类</translation>
    </message>
    <message>
        <source>Products / description</source>
        <translation>产品/说明</translation>
    </message>
    <message>
        <source>Customers</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进记录</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>销售机会</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>成交记录</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>已完成</translation>
    </message>
    <message>
        <source>Running</source>
        <translation>进行中</translation>
    </message>
    <message>
        <source>Interrupted</source>
        <translation>已中断</translation>
    </message>
    <message>
        <source>Failed</source>
        <translation>失败</translation>
    </message>
    <message>
        <source>Undone</source>
        <translation>已撤销</translation>
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
        <source>Reports</source>
        <translation>统计分析</translation>
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
        <source>&amp;Backups and restore...</source>
        <translation>备份与恢复(&amp;B)...</translation>
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
        <source>&amp;Print...</source>
        <translation>打印(&amp;P)...</translation>
    </message>
    <message>
        <source>Print the customer profile or the customer list, with a preview</source>
        <translation>打印客户档案或客户列表（带预览）</translation>
    </message>
    <message>
        <source>Print address &amp;labels...</source>
        <translation>打印地址标签(&amp;L)...</translation>
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
        <source>&amp;Import...</source>
        <translation>导入(&amp;I)...</translation>
    </message>
    <message>
        <source>Import customers, follow-ups, deals or orders from Excel or CSV</source>
        <translation>从 Excel 或 CSV 导入客户、跟进记录、销售机会或成交记录</translation>
    </message>
    <message>
        <source>Import &amp;history...</source>
        <translation>导入历史(&amp;H)...</translation>
    </message>
    <message>
        <source>The imports so far; undo one</source>
        <translation>查看以往的导入，可撤销其中一次</translation>
    </message>
    <message>
        <source>&amp;Export...</source>
        <translation>导出(&amp;E)...</translation>
    </message>
    <message>
        <source>Export the current list or all customers to Excel or CSV</source>
        <translation>将当前列表或全部客户导出为 Excel 或 CSV</translation>
    </message>
    <message>
        <source>Save import &amp;template...</source>
        <translation>保存导入模板(&amp;T)...</translation>
    </message>
    <message>
        <source>A blank workbook with the columns the import recognises</source>
        <translation>一个空白工作簿，包含导入可识别的列</translation>
    </message>
    <message>
        <source>Recomputing tiers, value classes and RFM segments...</source>
        <translation>正在重新计算客户等级、价值分类和 RFM 分群...</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s) in this view</source>
        <translation>
            <numerusform>当前视图共 %n 位客户</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>Still searching: showing the first %n customer(s)</source>
        <translation>
            <numerusform>仍在搜索：先显示前 %n 位客户</numerusform>
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
    <name>MappingPage</name>
    <message>
        <source>Match the columns</source>
        <translation>匹配列</translation>
    </message>
    <message>
        <source>Each column of the file goes to a field. Columns you do not need can be kept in the notes or ignored.</source>
        <translation>文件中的每一列对应一个字段。不需要的列可以放入备注或忽略。</translation>
    </message>
    <message>
        <source>Column in the file</source>
        <translation>文件中的列</translation>
    </message>
    <message>
        <source>Sample values</source>
        <translation>示例值</translation>
    </message>
    <message>
        <source>Import into</source>
        <translation>导入到</translation>
    </message>
    <message>
        <source>Ignore</source>
        <translation>忽略</translation>
    </message>
    <message>
        <source>Keep in notes</source>
        <translation>放入备注</translation>
    </message>
    <message>
        <source>This matching was remembered from your last file with the same columns.</source>
        <translation>此匹配沿用了上次相同列的文件的设置。</translation>
    </message>
    <message>
        <source>No column was recognised. Choose a field for at least the column that holds the customer&apos;s name.</source>
        <translation>没有识别出任何列。请至少为存放客户名称的列选择一个字段。</translation>
    </message>
</context>
<context>
    <name>OptionsPage</name>
    <message>
        <source>Duplicates</source>
        <translation>重复客户</translation>
    </message>
    <message>
        <source>A row is the same customer as one already saved when it has the same customer code, credit code, mobile, e-mail or name. Rows with different customer codes are always different customers.</source>
        <translation>如果某行的客户编号、统一社会信用代码、手机、邮箱或名称与已有客户相同，即视为同一客户。客户编号不同的行始终视为不同客户。</translation>
    </message>
    <message>
        <source>&amp;Skip them (recommended)</source>
        <translation>跳过（推荐）(&amp;S)</translation>
    </message>
    <message>
        <source>The customer already saved stays as it is; the row is counted as skipped.</source>
        <translation>已有客户保持不变，该行计为已跳过。</translation>
    </message>
    <message>
        <source>&amp;Update the saved customer</source>
        <translation>更新已有客户(&amp;U)</translation>
    </message>
    <message>
        <source>The columns you matched overwrite those fields of the saved customer; its other fields stay. The import can be undone, updates included.</source>
        <translation>已匹配的列会覆盖已有客户的相应字段，其他字段保持不变。导入（包括更新）可以撤销。</translation>
    </message>
    <message>
        <source>Import as &amp;new customers</source>
        <translation>作为新客户导入(&amp;N)</translation>
    </message>
    <message>
        <source>Every row becomes a new customer, even when it looks like one already saved.</source>
        <translation>每一行都新建为客户，即使看起来与已有客户相同。</translation>
    </message>
    <message>
        <source>&amp;Dry run: check every row</source>
        <translation>试运行：检查每一行(&amp;D)</translation>
    </message>
    <message>
        <source>Reads and checks the whole file and says what the import would do, without saving anything.</source>
        <translation>读取并检查整个文件，说明导入将会做什么，但不保存任何内容。</translation>
    </message>
    <message>
        <source>&amp;Import</source>
        <translation>导入(&amp;I)</translation>
    </message>
    <message numerus="yes">
        <source>Checked %n row(s): the import would create {created}, update {updated}, skip {skipped} and fail {failed}.</source>
        <translation>
            <numerusform>已检查 %n 行：导入将新建 {created} 位、更新 {updated} 位、跳过 {skipped} 位，失败 {failed} 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) would be imported with a warning.</source>
        <translation>
            <numerusform>有 %n 行会带着提醒导入。</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation>第 {row} 行：{reason}</translation>
    </message>
</context>
<context>
    <name>PreviewPage</name>
    <message>
        <source>Check the first rows</source>
        <translation>检查前几行</translation>
    </message>
    <message>
        <source>This is how the first rows will be imported. Cells with a problem are red: point at one to read why. Rows with problems are not imported; they go to the error workbook, where you can fix and import them again.</source>
        <translation>前几行将按如下方式导入。有问题的单元格显示为红色，鼠标指向即可查看原因。有问题的行不会导入，而是放入错误工作簿，可在其中更正后重新导入。</translation>
    </message>
    <message>
        <source>Converting the first rows...</source>
        <translation>正在转换前几行...</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) shown.</source>
        <translation>
            <numerusform>显示 %n 行。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n of them have problems.</source>
        <translation>
            <numerusform>其中 %n 行有问题。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n will be imported with a warning (yellow): what could not be read is kept as typed.</source>
        <translation>
            <numerusform>其中 %n 行会带着提醒导入（黄色）：无法识别的内容按原样保留。</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>Printing</name>
    <message>
        <source>The printer or the file could not be opened for printing. Check that the printer is on, or that the folder exists and you may write to it, and try again.</source>
        <translation>无法打开打印机或文件进行打印。请检查打印机已开启，或文件夹存在且有写入权限，然后重试。</translation>
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
        <source>Job title</source>
        <translation>职务</translation>
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
        <source>Deal name</source>
        <translation>机会名称</translation>
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
    <name>Reports</name>
    <message>
        <source>Customers</source>
        <translation>客户数</translation>
    </message>
    <message>
        <source>New customers</source>
        <translation>新增客户</translation>
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
        <source>Won back</source>
        <translation>挽回客户</translation>
    </message>
    <message>
        <source>Repurchase rate (customers)</source>
        <translation>复购率（按客户）</translation>
    </message>
    <message>
        <source>Repurchase rate (orders)</source>
        <translation>复购率（按订单）</translation>
    </message>
    <message>
        <source>Retention rate</source>
        <translation>客户保留率</translation>
    </message>
    <message>
        <source>Average satisfaction</source>
        <translation>平均满意度</translation>
    </message>
    <message>
        <source>Won amount</source>
        <translation>成交金额</translation>
    </message>
    <message>
        <source>Conversion rate</source>
        <translation>转化率</translation>
    </message>
    <message>
        <source>Total profit</source>
        <translation>总利润</translation>
    </message>
    <message>
        <source>Profit share of the top 20%</source>
        <translation>前 20% 客户的利润占比</translation>
    </message>
    <message>
        <source>Average customer lifetime value</source>
        <translation>平均客户终身价值</translation>
    </message>
    <message>
        <source>{label}: {count} customers, revenue in the period {amount}</source>
        <translation>{label}：{count} 位客户，期间收入 {amount}</translation>
    </message>
    <message>
        <source>Revenue in the period</source>
        <translation>期间收入</translation>
    </message>
    <message>
        <source>Month</source>
        <translation>月份</translation>
    </message>
    <message>
        <source>{month}: {count} new customers</source>
        <translation>{month}：新增 {count} 位客户</translation>
    </message>
    <message>
        <source>New customers per month</source>
        <translation>每月新增客户</translation>
    </message>
    <message>
        <source>Average score</source>
        <translation>平均分</translation>
    </message>
    <message>
        <source>Ratings</source>
        <translation>评价数</translation>
    </message>
    <message>
        <source>{month}: average {score} from {count} ratings</source>
        <translation>{month}：{count} 次评价，平均 {score} 分</translation>
    </message>
    <message>
        <source>Satisfaction trend</source>
        <translation>满意度趋势</translation>
    </message>
    <message>
        <source>Customer</source>
        <translation>客户</translation>
    </message>
    <message>
        <source>Profit</source>
        <translation>利润</translation>
    </message>
    <message>
        <source>Orders</source>
        <translation>订单数</translation>
    </message>
    <message>
        <source>{name}: profit {profit} from {count} orders</source>
        <translation>{name}：{count} 笔订单，利润 {profit}</translation>
    </message>
    <message>
        <source>Top customers by profit</source>
        <translation>利润最高的客户</translation>
    </message>
    <message>
        <source>Stage</source>
        <translation>阶段</translation>
    </message>
    <message>
        <source>Deals</source>
        <translation>销售机会数</translation>
    </message>
    <message>
        <source>Amount</source>
        <translation>金额</translation>
    </message>
    <message>
        <source>Reached this stage</source>
        <translation>到达此阶段数</translation>
    </message>
    <message>
        <source>Conversion from the stage before</source>
        <translation>上一阶段转化率</translation>
    </message>
    <message>
        <source>{count} now · {amount}</source>
        <translation>当前 {count} 个 · {amount}</translation>
    </message>
    <message>
        <source>{stage}: reached by {reached}; {count} deals now at this stage ({amount}); conversion {conversion}</source>
        <translation>{stage}：{reached} 个到达；当前处于此阶段 {count} 个（{amount}）；转化率 {conversion}</translation>
    </message>
    <message>
        <source>Sales funnel</source>
        <translation>销售漏斗</translation>
    </message>
    <message>
        <source>Staff member</source>
        <translation>员工</translation>
    </message>
    <message>
        <source>Follow-ups</source>
        <translation>跟进次数</translation>
    </message>
    <message>
        <source>Overdue follow-ups</source>
        <translation>逾期跟进</translation>
    </message>
    <message>
        <source>Deals won</source>
        <translation>成交数</translation>
    </message>
    <message>
        <source>{name}: {customers} customers, {new} new, {follow_ups} follow-ups ({overdue} overdue), {won} deals won ({amount})</source>
        <translation>{name}：{customers} 位客户，新增 {new} 位，跟进 {follow_ups} 次（逾期 {overdue} 次），成交 {won} 个（{amount}）</translation>
    </message>
    <message>
        <source>Staff KPIs</source>
        <translation>员工业绩</translation>
    </message>
    <message>
        <source>Tier distribution</source>
        <translation>客户等级分布</translation>
    </message>
    <message>
        <source>Tier</source>
        <translation>客户等级</translation>
    </message>
    <message>
        <source>Lifecycle stages</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>Lifecycle stage</source>
        <translation>生命周期阶段</translation>
    </message>
    <message>
        <source>RFM segments</source>
        <translation>RFM 分群</translation>
    </message>
    <message>
        <source>Segment</source>
        <translation>分群</translation>
    </message>
    <message>
        <source>Value classes</source>
        <translation>价值分类</translation>
    </message>
    <message>
        <source>Value class</source>
        <translation>价值分类</translation>
    </message>
</context>
<context>
    <name>ReportsTab</name>
    <message>
        <source>This month</source>
        <translation>本月</translation>
    </message>
    <message>
        <source>This quarter</source>
        <translation>本季度</translation>
    </message>
    <message>
        <source>This year</source>
        <translation>本年</translation>
    </message>
    <message>
        <source>Last 12 months</source>
        <translation>最近 12 个月</translation>
    </message>
    <message>
        <source>Custom dates</source>
        <translation>自定义日期</translation>
    </message>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
    <message>
        <source>One owner</source>
        <translation>按负责人</translation>
    </message>
    <message>
        <source>One tier</source>
        <translation>按客户等级</translation>
    </message>
    <message>
        <source>One tag</source>
        <translation>按标签</translation>
    </message>
    <message>
        <source>The customer list&apos;s current filter</source>
        <translation>客户列表当前的筛选条件</translation>
    </message>
    <message>
        <source>Analysis report...</source>
        <translation>分析报告...</translation>
    </message>
    <message>
        <source>Print preview of the analysis report; print it or save it as PDF</source>
        <translation>分析报告的打印预览，可打印或另存为 PDF</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>期间：</translation>
    </message>
    <message>
        <source>Scope:</source>
        <translation>范围：</translation>
    </message>
    <message>
        <source>Export table...</source>
        <translation>导出表格...</translation>
    </message>
    <message>
        <source>Save this table as an Excel workbook (.xlsx)</source>
        <translation>将此表格保存为 Excel 工作簿（.xlsx）</translation>
    </message>
    <message>
        <source>None yet</source>
        <translation>暂无</translation>
    </message>
    <message>
        <source>Loading the charts...</source>
        <translation>正在加载图表...</translation>
    </message>
    <message>
        <source>The period ends before it starts: choose an end date on or after the start date.</source>
        <translation>期间的结束日期早于开始日期：请选择不早于开始日期的结束日期。</translation>
    </message>
    <message>
        <source>Computing...</source>
        <translation>正在计算...</translation>
    </message>
    <message>
        <source>No owner or tag to choose yet, so all customers are shown.</source>
        <translation>暂无可选的负责人或标签，因此显示全部客户。</translation>
    </message>
    <message>
        <source>{start} to {end}, as of {as_of}</source>
        <translation>{start} 至 {end}，截至 {as_of}</translation>
    </message>
    <message>
        <source>Export table</source>
        <translation>导出表格</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Excel 工作簿 (*.xlsx)</translation>
    </message>
    <message>
        <source>Saved {path}</source>
        <translation>已保存 {path}</translation>
    </message>
    <message>
        <source>Exporting...</source>
        <translation>正在导出...</translation>
    </message>
</context>
<context>
    <name>RunPage</name>
    <message>
        <source>Importing</source>
        <translation>正在导入</translation>
    </message>
    <message>
        <source>You can cancel: the rows already saved stay, and the whole import can still be undone.</source>
        <translation>可以取消：已保存的行会保留，整个导入仍可撤销。</translation>
    </message>
    <message>
        <source>Cancel the import</source>
        <translation>取消导入</translation>
    </message>
    <message>
        <source>Reading and saving the rows...</source>
        <translation>正在读取并保存各行...</translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) saved...</source>
        <translation>
            <numerusform>已保存 %n 行...</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelling after the current batch...</source>
        <translation>当前批次完成后取消...</translation>
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
    <name>SheetPage</name>
    <message>
        <source>Choose the sheet</source>
        <translation>选择工作表</translation>
    </message>
    <message>
        <source>The sheet that looks like a customer list is chosen; pick another if it is not the right one.</source>
        <translation>已选中看起来像客户名单的工作表；如果不对，请另选。</translation>
    </message>
    <message numerus="yes">
        <source>{name}  —  %n row(s)</source>
        <translation>
            <numerusform>{name}  —  %n 行</numerusform>
        </translation>
    </message>
    <message>
        <source>(hidden sheet)</source>
        <translation>（隐藏的工作表）</translation>
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
    <name>SummaryPage</name>
    <message>
        <source>Import finished</source>
        <translation>导入完成</translation>
    </message>
    <message>
        <source>What happened to each row of the sheet.</source>
        <translation>工作表中每一行的处理结果。</translation>
    </message>
    <message>
        <source>Save the &amp;failed rows as a workbook...</source>
        <translation>将失败的行保存为工作簿(&amp;F)...</translation>
    </message>
    <message>
        <source>The rows that were not imported, as they were in your file, with the reason in the first column. Fix them and import that workbook.</source>
        <translation>未导入的行按原文件内容保存，第一列为原因。请更正后导入该工作簿。</translation>
    </message>
    <message>
        <source>&amp;Undo this import</source>
        <translation>撤销本次导入(&amp;U)</translation>
    </message>
    <message>
        <source>Put the customer database back exactly as it was before this import.</source>
        <translation>将客户数据库完全恢复到本次导入之前的状态。</translation>
    </message>
    <message>
        <source>The import did not finish</source>
        <translation>导入未完成</translation>
    </message>
    <message>
        <source>Import cancelled</source>
        <translation>导入已取消</translation>
    </message>
    <message>
        <source>Created: {n}</source>
        <translation>新建：{n}</translation>
    </message>
    <message>
        <source>Updated: {n}</source>
        <translation>更新：{n}</translation>
    </message>
    <message>
        <source>Skipped (already saved): {n}</source>
        <translation>跳过（已存在）：{n}</translation>
    </message>
    <message>
        <source>Failed: {n}</source>
        <translation>失败：{n}</translation>
    </message>
    <message numerus="yes">
        <source>%n imported row(s) have a warning: what could not be read (such as a phone number) was kept as typed.</source>
        <translation>
            <numerusform>已导入的行中有 %n 行带有提醒：无法识别的内容（如电话号码）已按原样保留。</numerusform>
        </translation>
    </message>
    <message numerus="yes">
        <source>%n row(s) were not data (blank, notes, totals) and were left out.</source>
        <translation>
            <numerusform>有 %n 行不是数据（空行、备注、合计），已略过。</numerusform>
        </translation>
    </message>
    <message>
        <source>Cancelled: the rows saved before the cancel stay; undo the import to remove them.</source>
        <translation>已取消：取消前已保存的行会保留；撤销导入即可删除它们。</translation>
    </message>
    <message>
        <source>Row {row}: {reason}</source>
        <translation>第 {row} 行：{reason}</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more in the error workbook.</source>
        <translation>
            <numerusform>……另有 %n 行，见错误工作簿。</numerusform>
        </translation>
    </message>
    <message>
        <source>Row {row} (imported): {reason}</source>
        <translation>第 {row} 行（已导入）：{reason}</translation>
    </message>
    <message numerus="yes">
        <source>... and %n more imported row(s) with a warning.</source>
        <translation>
            <numerusform>……另有 %n 行已导入但带有提醒。</numerusform>
        </translation>
    </message>
    <message>
        <source>The import was undone: the database is as it was before.</source>
        <translation>导入已撤销：数据库已恢复到导入之前的状态。</translation>
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
    <name>Upgrade</name>
    <message>
        <source>CRM Desktop</source>
        <translation>CRM Desktop</translation>
    </message>
    <message>
        <source>Upgrading the database {path} for this version of CRM Desktop.

A backup of it is taken first. On a large database this takes a few minutes.</source>
        <translation>正在将数据库 {path} 升级到此版本的 CRM Desktop。

升级前会先备份数据库。数据库较大时需要几分钟，请稍候。</translation>
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
<context>
    <name>WelcomeDialog</name>
    <message>
        <source>Welcome to CRM Desktop</source>
        <translation>欢迎使用 CRM Desktop</translation>
    </message>
    <message>
        <source>&lt;h3&gt;Welcome to CRM Desktop&lt;/h3&gt;&lt;p&gt;Your customer database is empty. How would you like to begin?&lt;/p&gt;</source>
        <translation>&lt;h3&gt;欢迎使用 CRM Desktop&lt;/h3&gt;&lt;p&gt;客户数据库还是空的。您想从哪里开始？&lt;/p&gt;</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>数据库：{path}</translation>
    </message>
    <message>
        <source>You can choose another location in the settings.</source>
        <translation>可以在设置中选择其他位置。</translation>
    </message>
    <message>
        <source>&amp;Import a spreadsheet...</source>
        <translation>导入电子表格(&amp;I)...</translation>
    </message>
    <message>
        <source>Bring in your customer list from Excel (.xlsx, .xls, .ods) or CSV.</source>
        <translation>从 Excel（.xlsx、.xls、.ods）或 CSV 文件导入客户名单。</translation>
    </message>
    <message>
        <source>Importing spreadsheets is not available in this version.</source>
        <translation>此版本暂不支持导入电子表格。</translation>
    </message>
    <message numerus="yes">
        <source>%n customer(s)</source>
        <translation>
            <numerusform>%n 位客户</numerusform>
        </translation>
    </message>
    <message>
        <source>Load &amp;demo data</source>
        <translation>加载演示数据(&amp;D)</translation>
    </message>
    <message>
        <source>Invented customers with three years of follow-ups, deals and orders, to try the application. Delete them before real work, or use another database file.</source>
        <translation>虚构的客户，附带三年的跟进记录、销售机会和成交记录，供试用本软件。正式使用前请删除这些数据，或改用另一个数据库文件。</translation>
    </message>
    <message>
        <source>&amp;Start with an empty database</source>
        <translation>从空数据库开始(&amp;S)</translation>
    </message>
    <message numerus="yes">
        <source>Creating %n demo customer(s)...</source>
        <translation>
            <numerusform>正在创建 %n 位演示客户...</numerusform>
        </translation>
    </message>
</context>
<context>
    <name>customer_reports</name>
    <message>
        <source>All customers</source>
        <translation>全部客户</translation>
    </message>
</context>
</TS>
