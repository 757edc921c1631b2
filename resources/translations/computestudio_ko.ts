<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
    <context>
        <name>Studio</name>
        <message>
            <source>Local machine</source>
            <translation>로컬 컴퓨터</translation>
        </message>
        <message>
            <source>Compute instance</source>
            <translation>컴퓨팅 인스턴스</translation>
        </message>
        <message>
            <source>Compute cluster</source>
            <translation>컴퓨팅 클러스터</translation>
        </message>
        <message>
            <source>Inference cluster</source>
            <translation>유추 클러스터</translation>
        </message>
        <message>
            <source>Attached compute</source>
            <translation>연결된 컴퓨팅</translation>
        </message>
        <message>
            <source>Unknown</source>
            <translation>알 수 없음</translation>
        </message>
        <message>
            <source>Creating</source>
            <translation>만드는 중</translation>
        </message>
        <message>
            <source>Updating</source>
            <translation>업데이트 중</translation>
        </message>
        <message>
            <source>Deleting</source>
            <translation>삭제 중</translation>
        </message>
        <message>
            <source>Succeeded</source>
            <translation>성공</translation>
        </message>
        <message>
            <source>Failed</source>
            <translation>실패</translation>
        </message>
        <message>
            <source>Canceled</source>
            <translation>취소됨</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>실행 중</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>중지됨</translation>
        </message>
        <message>
            <source>Starting</source>
            <translation>시작 중</translation>
        </message>
        <message>
            <source>Stopping</source>
            <translation>중지 중</translation>
        </message>
        <message>
            <source>Restarting</source>
            <translation>다시 시작 중</translation>
        </message>
        <message>
            <source>Idle</source>
            <translation>유휴</translation>
        </message>
        <message>
            <source>Resizing</source>
            <translation>크기 조정 중</translation>
        </message>
        <message>
            <source>Steady</source>
            <translation>안정</translation>
        </message>
        <message>
            <source>Unusable</source>
            <translation>사용할 수 없음</translation>
        </message>
        <message>
            <source>1 core, %1</source>
            <translation>코어 1개, %1</translation>
        </message>
        <message>
            <source>%1 cores, %2</source>
            <translation>코어 %1개, %2</translation>
        </message>
    </context>
    <context>
        <name>Studio::ComputeStore</name>
        <message>
            <source>Could not read the computes of the workspace.</source>
            <translation>작업 영역의 컴퓨팅 목록을 읽을 수 없습니다.</translation>
        </message>
        <message>
            <source>A compute named "%1" already exists in this workspace.</source>
            <translation>이 작업 영역에 이름이 "%1"인 컴퓨팅이 이미 있습니다.</translation>
        </message>
        <message>
            <source>Could not save the compute "%1".</source>
            <translation>컴퓨팅 "%1"을(를) 저장할 수 없습니다.</translation>
        </message>
        <message>
            <source>The compute "%1" no longer exists.</source>
            <translation>컴퓨팅 "%1"이(가) 더 이상 없습니다.</translation>
        </message>
        <message>
            <source>Could not delete the compute "%1".</source>
            <translation>컴퓨팅 "%1"을(를) 삭제할 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>Studio::LocalMachine</name>
        <message>
            <source>nvidia-smi did not answer within %1 ms.</source>
            <translation>nvidia-smi가 %1ms 안에 응답하지 않았습니다.</translation>
        </message>
        <message>
            <source>nvidia-smi failed (exit code %1).</source>
            <translation>nvidia-smi가 실패했습니다(종료 코드 %1).</translation>
        </message>
    </context>
    <context>
        <name>Studio::Ui::ComputeDetailsPanel</name>
        <message>
            <source>Select a compute to see its details.</source>
            <translation>세부 정보를 보려면 컴퓨팅을 선택하세요.</translation>
        </message>
        <message>
            <source>Property</source>
            <translation>속성</translation>
        </message>
        <message>
            <source>Value</source>
            <translation>값</translation>
        </message>
        <message>
            <source>Compute properties</source>
            <translation>컴퓨팅 속성</translation>
        </message>
        <message>
            <source>%1 · %2 · provider: %3</source>
            <translation>%1 · %2 · 공급자: %3</translation>
        </message>
        <message>
            <source>State: &lt;b&gt;%1&lt;/b&gt; &amp;nbsp; Provisioning: &lt;b&gt;%2&lt;/b&gt;</source>
            <translation>상태: &lt;b&gt;%1&lt;/b&gt; &amp;nbsp; 프로비저닝: &lt;b&gt;%2&lt;/b&gt;</translation>
        </message>
        <message>
            <source>Last error: %1</source>
            <translation>마지막 오류: %1</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>Kind</source>
            <translation>종류</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>유형</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>공급자</translation>
        </message>
        <message>
            <source>State</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Provisioning state</source>
            <translation>프로비저닝 상태</translation>
        </message>
        <message>
            <source>Last error</source>
            <translation>마지막 오류</translation>
        </message>
        <message>
            <source>None</source>
            <translation>없음</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>크기</translation>
        </message>
        <message>
            <source>Nodes</source>
            <translation>노드</translation>
        </message>
        <message>
            <source>Created by</source>
            <translation>만든 사람</translation>
        </message>
        <message>
            <source>Created on</source>
            <translation>만든 날짜</translation>
        </message>
        <message>
            <source>Modified on</source>
            <translation>수정한 날짜</translation>
        </message>
        <message>
            <source>Settings</source>
            <translation>설정</translation>
        </message>
        <message>
            <source>(none)</source>
            <translation>(없음)</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>예</translation>
        </message>
        <message>
            <source>no</source>
            <translation>아니요</translation>
        </message>
    </context>
    <context>
        <name>Studio::Ui::ComputeListModel</name>
        <message>
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>Type</source>
            <translation>유형</translation>
        </message>
        <message>
            <source>Provider</source>
            <translation>공급자</translation>
        </message>
        <message>
            <source>State</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>크기</translation>
        </message>
        <message>
            <source>Nodes</source>
            <translation>노드</translation>
        </message>
        <message>
            <source>Created by</source>
            <translation>만든 사람</translation>
        </message>
        <message>
            <source>Created on</source>
            <translation>만든 날짜</translation>
        </message>
    </context>
    <context>
        <name>Studio::Ui::ComputePage</name>
        <message>
            <source>Compute</source>
            <translation>컴퓨팅</translation>
        </message>
        <message>
            <source>Local machine: probing…</source>
            <translation>로컬 컴퓨터: 확인하는 중…</translation>
        </message>
        <message>
            <source>attach form</source>
            <translation>연결 양식</translation>
        </message>
        <message>
            <source>create form</source>
            <translation>만들기 양식</translation>
        </message>
        <message>
            <source>The %1 for %2 is not built yet: it arrives with the compute forms. Until then this workspace can be filled with the command line or another Compute Studio.</source>
            <translation>%2의 %1은(는) 아직 없습니다. 컴퓨팅 양식과 함께 제공됩니다. 그때까지는 명령줄이나 다른 Compute Studio로 이 작업 영역을 채울 수 있습니다.</translation>
        </message>
        <message>
            <source>GPU: %1</source>
            <translation>GPU: %1</translation>
        </message>
        <message>
            <source>no GPU</source>
            <translation>GPU 없음</translation>
        </message>
        <message>
            <source>Local machine (%1): %2 · %3 · %4</source>
            <translation>로컬 컴퓨터(%1): %2 · %3 · %4</translation>
        </message>
        <message>
            <source>The local machine is always available as the compute "local": runs and notebooks can use it directly.</source>
            <translation>로컬 컴퓨터는 항상 컴퓨팅 "local"로 사용할 수 있습니다. 실행과 Notebook에서 바로 사용할 수 있습니다.</translation>
        </message>
        <message>
            <source>Could not load the computes: %1</source>
            <translation>컴퓨팅 목록을 불러올 수 없습니다: %1</translation>
        </message>
    </context>
    <context>
        <name>Studio::Ui::ComputeTab</name>
        <message>
            <source>No compute instances yet</source>
            <translation>아직 컴퓨팅 인스턴스가 없습니다</translation>
        </message>
        <message>
            <source>No compute clusters yet</source>
            <translation>아직 컴퓨팅 클러스터가 없습니다</translation>
        </message>
        <message>
            <source>No inference clusters yet</source>
            <translation>아직 유추 클러스터가 없습니다</translation>
        </message>
        <message>
            <source>No attached compute yet</source>
            <translation>아직 연결된 컴퓨팅이 없습니다</translation>
        </message>
        <message>
            <source>A compute instance is a managed single-node workstation for notebooks, development and small training runs.</source>
            <translation>컴퓨팅 인스턴스는 Notebook, 개발 및 작은 학습 실행을 위한 관리형 단일 노드 워크스테이션입니다.</translation>
        </message>
        <message>
            <source>A compute cluster is a managed pool of nodes that scales up when runs are submitted and back down when idle.</source>
            <translation>컴퓨팅 클러스터는 실행을 제출하면 확장되고 유휴 상태가 되면 다시 축소되는 관리형 노드 풀입니다.</translation>
        </message>
        <message>
            <source>An inference cluster is a Kubernetes cluster that hosts models as production web services.</source>
            <translation>유추 클러스터는 모델을 프로덕션 웹 서비스로 호스팅하는 Kubernetes 클러스터입니다.</translation>
        </message>
        <message>
            <source>Attached compute is created elsewhere (a remote VM, HDInsight, Databricks, …) and attached to this workspace by name.</source>
            <translation>연결된 컴퓨팅은 다른 곳(원격 VM, HDInsight, Databricks 등)에서 만든 컴퓨팅을 이름으로 이 작업 영역에 연결한 것입니다.</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>불러오는 중…</translation>
        </message>
        <message>
            <source>Compute instances</source>
            <translation>컴퓨팅 인스턴스</translation>
        </message>
        <message>
            <source>Compute clusters</source>
            <translation>컴퓨팅 클러스터</translation>
        </message>
        <message>
            <source>Inference clusters</source>
            <translation>유추 클러스터</translation>
        </message>
        <message>
            <source>Attached compute</source>
            <translation>연결된 컴퓨팅</translation>
        </message>
        <message>
            <source>Local machine</source>
            <translation>로컬 컴퓨터</translation>
        </message>
        <message>
            <source>Create</source>
            <translation>만들기</translation>
        </message>
        <message>
            <source>New</source>
            <translation>새로 만들기</translation>
        </message>
        <message>
            <source>Create a new %1</source>
            <translation>새 %1 만들기</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>새로 고침</translation>
        </message>
        <message>
            <source>Reload the list (%1)</source>
            <translation>목록 다시 불러오기(%1)</translation>
        </message>
        <message>
            <source>Filter by name</source>
            <translation>이름으로 필터링</translation>
        </message>
        <message>
            <source>1 item</source>
            <translation>항목 1개</translation>
        </message>
        <message>
            <source>%1 items</source>
            <translation>항목 %1개</translation>
        </message>
    </context>
    <context>
        <name>Studio::Ui::MainWindow</name>
        <message>
            <source>Compute Studio</source>
            <translation>Compute Studio</translation>
        </message>
        <message>
            <source>Navigation</source>
            <translation>탐색</translation>
        </message>
        <message>
            <source>Compute</source>
            <translation>컴퓨팅</translation>
        </message>
        <message>
            <source>Runs</source>
            <translation>실행</translation>
        </message>
        <message>
            <source>Notebooks</source>
            <translation>Notebook</translation>
        </message>
        <message>
            <source>&amp;File</source>
            <translation>파일(&amp;F)</translation>
        </message>
        <message>
            <source>&amp;Open Workspace…</source>
            <translation>작업 영역 열기(&amp;O)…</translation>
        </message>
        <message>
            <source>&amp;Quit</source>
            <translation>끝내기(&amp;Q)</translation>
        </message>
        <message>
            <source>&amp;View</source>
            <translation>보기(&amp;V)</translation>
        </message>
        <message>
            <source>&amp;Compute</source>
            <translation>컴퓨팅(&amp;C)</translation>
        </message>
        <message>
            <source>&amp;Runs</source>
            <translation>실행(&amp;R)</translation>
        </message>
        <message>
            <source>&amp;Notebooks</source>
            <translation>Notebook(&amp;N)</translation>
        </message>
        <message>
            <source>&amp;Help</source>
            <translation>도움말(&amp;H)</translation>
        </message>
        <message>
            <source>&amp;About Compute Studio</source>
            <translation>Compute Studio 정보(&amp;A)</translation>
        </message>
        <message>
            <source>About Compute Studio</source>
            <translation>Compute Studio 정보</translation>
        </message>
        <message>
            <source>&lt;h3&gt;Compute Studio %1&lt;/h3&gt;&lt;p&gt;One desktop studio for all of your machine-learning compute: the local machine, SSH hosts, Slurm clusters and Azure Machine Learning.&lt;/p&gt;</source>
            <translation>&lt;h3&gt;Compute Studio %1&lt;/h3&gt;&lt;p&gt;로컬 컴퓨터, SSH 호스트, Slurm 클러스터, Azure Machine Learning까지 모든 머신 러닝 컴퓨팅을 위한 하나의 데스크톱 스튜디오입니다.&lt;/p&gt;</translation>
        </message>
        <message>
            <source>Runs will be listed here: every script submitted to any compute, with its status, logs, metrics and outputs, live. Submitting runs arrives with the run engine.</source>
            <translation>여기에 실행이 표시됩니다. 어떤 컴퓨팅에 제출한 스크립트든 상태, 로그, 메트릭, 출력을 실시간으로 볼 수 있습니다. 실행 제출은 실행 엔진과 함께 제공됩니다.</translation>
        </message>
        <message>
            <source>Notebooks will open here: .ipynb documents whose cells run on a Jupyter kernel on the compute you pick. The notebook editor arrives in a later release.</source>
            <translation>여기에서 Notebook이 열립니다. 셀은 선택한 컴퓨팅의 Jupyter 커널에서 실행됩니다. Notebook 편집기는 이후 릴리스에서 제공됩니다.</translation>
        </message>
        <message>
            <source>Workspace: %1</source>
            <translation>작업 영역: %1</translation>
        </message>
        <message>
            <source>Open Workspace</source>
            <translation>작업 영역 열기</translation>
        </message>
    </context>
    <context>
        <name>Studio::Workspace</name>
        <message>
            <source>Could not read the workspace database.</source>
            <translation>작업 영역 데이터베이스를 읽을 수 없습니다.</translation>
        </message>
        <message>
            <source>The workspace has no local compute.</source>
            <translation>작업 영역에 로컬 컴퓨팅이 없습니다.</translation>
        </message>
        <message>
            <source>nvidia-smi not found: no NVIDIA GPU usable</source>
            <translation>nvidia-smi를 찾을 수 없음: 사용할 수 있는 NVIDIA GPU 없음</translation>
        </message>
        <message>
            <source>Could not open the workspace database.</source>
            <translation>작업 영역 데이터베이스를 열 수 없습니다.</translation>
        </message>
        <message>
            <source>Could not read the workspace database %1.</source>
            <translation>작업 영역 데이터베이스 %1을(를) 읽을 수 없습니다.</translation>
        </message>
        <message>
            <source>%1 is not a Compute Studio workspace database (it is not an SQLite file).</source>
            <translation>%1은(는) Compute Studio 작업 영역 데이터베이스가 아닙니다(SQLite 파일이 아님).</translation>
        </message>
        <message>
            <source>Could not open the workspace database %1.</source>
            <translation>작업 영역 데이터베이스 %1을(를) 열 수 없습니다.</translation>
        </message>
        <message>
            <source>No workspace folder was given.</source>
            <translation>작업 영역 폴더를 지정하지 않았습니다.</translation>
        </message>
        <message>
            <source>The workspace %1 is a file, not a folder.</source>
            <translation>작업 영역 %1은(는) 폴더가 아니라 파일입니다.</translation>
        </message>
        <message>
            <source>The workspace %1 was written by a newer Compute Studio (schema version %2); this version understands schema versions up to %3. Open it with a newer Compute Studio. The workspace was not changed.</source>
            <translation>작업 영역 %1은(는) 더 새로운 Compute Studio(스키마 버전 %2)에서 저장되었습니다. 이 버전은 스키마 버전 %3까지만 지원합니다. 더 새로운 Compute Studio로 여세요. 작업 영역은 변경되지 않았습니다.</translation>
        </message>
        <message>
            <source>The folder %1 is not empty and holds no Compute Studio workspace. Choose an empty or new folder for a new workspace.</source>
            <translation>폴더 %1은(는) 비어 있지 않으며 Compute Studio 작업 영역이 아닙니다. 새 작업 영역에는 비어 있거나 새로운 폴더를 선택하세요.</translation>
        </message>
        <message>
            <source>Could not create the workspace folder %1.</source>
            <translation>작업 영역 폴더 %1을(를) 만들 수 없습니다.</translation>
        </message>
        <message>
            <source>Could not switch the workspace database to WAL mode.</source>
            <translation>작업 영역 데이터베이스를 WAL 모드로 전환할 수 없습니다.</translation>
        </message>
        <message>
            <source>Could not create the folder %1.</source>
            <translation>폴더 %1을(를) 만들 수 없습니다.</translation>
        </message>
        <message>
            <source>Could not back up the workspace before upgrading it.</source>
            <translation>업그레이드하기 전에 작업 영역을 백업할 수 없습니다.</translation>
        </message>
        <message>
            <source>Could not lock the workspace database.</source>
            <translation>작업 영역 데이터베이스를 잠글 수 없습니다.</translation>
        </message>
        <message>
            <source>The workspace was upgraded by a newer Compute Studio while opening it.</source>
            <translation>여는 동안 더 새로운 Compute Studio가 작업 영역을 업그레이드했습니다.</translation>
        </message>
        <message>
            <source>Could not upgrade the workspace to schema version %1.</source>
            <translation>작업 영역을 스키마 버전 %1(으)로 업그레이드할 수 없습니다.</translation>
        </message>
        <message>
            <source>Could not initialise the workspace.</source>
            <translation>작업 영역을 초기화할 수 없습니다.</translation>
        </message>
        <message>
            <source>Could not record the schema version.</source>
            <translation>스키마 버전을 기록할 수 없습니다.</translation>
        </message>
        <message>
            <source>Could not save the upgraded workspace.</source>
            <translation>업그레이드한 작업 영역을 저장할 수 없습니다.</translation>
        </message>
        <message>
            <source>not probed yet</source>
            <translation>아직 확인하지 않음</translation>
        </message>
    </context>
    <context>
        <name>cstudio</name>
        <message>
            <source>Usage: cstudio [--workspace DIR] [-o table|json] &lt;group&gt; &lt;command&gt; [options]

Manage the compute of a Compute Studio workspace from the command line.

Groups:
  compute    List and inspect compute targets.

Global options:
  --workspace DIR      Use the workspace in DIR (default: %1).
  -o, --output FORMAT  table (default) or json.
  --lang LANG          Language of messages: en or ko.
  -h, --help           Show help; after a group or command, its help.
  --version            Show the version.

Exit codes: 0 success, 1 user or validation error, 2 usage error, 3 backend failure.
</source>
            <translation>사용법: cstudio [--workspace DIR] [-o table|json] &lt;group&gt; &lt;command&gt; [options]

명령줄에서 Compute Studio 작업 영역의 컴퓨팅을 관리합니다.

그룹:
  compute    컴퓨팅 대상을 나열하고 확인합니다.

전역 옵션:
  --workspace DIR      DIR의 작업 영역을 사용합니다(기본값: %1).
  -o, --output FORMAT  table(기본값) 또는 json.
  --lang LANG          메시지 언어: en 또는 ko.
  -h, --help           도움말을 표시합니다. 그룹이나 명령 뒤에 쓰면 해당 도움말을 표시합니다.
  --version            버전을 표시합니다.

종료 코드: 0 성공, 1 사용자 또는 유효성 검사 오류, 2 사용법 오류, 3 백엔드 오류.
</translation>
        </message>
        <message>
            <source>Usage: cstudio compute &lt;command&gt; [options]

Commands:
  list [--kind KIND]   List computes; KIND is instance, cluster, inference,
                       attached or local.
  show NAME            Show every property of the compute NAME.

With -o json, list prints an array of objects (name, kind, type, provider,
state, …) and show prints one object.
</source>
            <translation>사용법: cstudio compute &lt;command&gt; [options]

명령:
  list [--kind KIND]   컴퓨팅을 나열합니다. KIND는 instance, cluster, inference,
                       attached 또는 local입니다.
  show NAME            컴퓨팅 NAME의 모든 속성을 표시합니다.

-o json을 사용하면 list는 개체 배열(name, kind, type, provider, state, …)을,
show는 개체 하나를 출력합니다.
</translation>
        </message>
        <message>
            <source>The option %1 needs a value.</source>
            <translation>옵션 %1에는 값이 필요합니다.</translation>
        </message>
        <message>
            <source>Unknown output format "%1": use table or json.</source>
            <translation>알 수 없는 출력 형식 "%1": table 또는 json을 사용하세요.</translation>
        </message>
        <message>
            <source>Unknown option %1.</source>
            <translation>알 수 없는 옵션 %1.</translation>
        </message>
        <message>
            <source>No command given.</source>
            <translation>명령을 지정하지 않았습니다.</translation>
        </message>
        <message>
            <source>Unknown command group "%1".</source>
            <translation>알 수 없는 명령 그룹 "%1".</translation>
        </message>
        <message>
            <source>No compute command given.</source>
            <translation>compute 명령을 지정하지 않았습니다.</translation>
        </message>
        <message>
            <source>Unknown compute command "%1".</source>
            <translation>알 수 없는 compute 명령 "%1".</translation>
        </message>
        <message>
            <source>cstudio: error: %1</source>
            <translation>cstudio: 오류: %1</translation>
        </message>
        <message>
            <source>compute list takes no arguments.</source>
            <translation>compute list에는 인수가 없습니다.</translation>
        </message>
        <message>
            <source>Unknown option --%1.</source>
            <translation>알 수 없는 옵션 --%1.</translation>
        </message>
        <message>
            <source>Unknown kind "%1": use instance, cluster, inference, attached or local.</source>
            <translation>알 수 없는 종류 "%1": instance, cluster, inference, attached 또는 local을 사용하세요.</translation>
        </message>
        <message>
            <source>NAME</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>KIND</source>
            <translation>종류</translation>
        </message>
        <message>
            <source>TYPE</source>
            <translation>유형</translation>
        </message>
        <message>
            <source>PROVIDER</source>
            <translation>공급자</translation>
        </message>
        <message>
            <source>STATE</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>SIZE</source>
            <translation>크기</translation>
        </message>
        <message>
            <source>CREATED ON</source>
            <translation>만든 날짜</translation>
        </message>
        <message>
            <source>compute show needs exactly one compute name.</source>
            <translation>compute show에는 컴퓨팅 이름이 정확히 하나 필요합니다.</translation>
        </message>
        <message>
            <source>There is no compute named "%1" in the workspace %2.</source>
            <translation>작업 영역 %2에 이름이 "%1"인 컴퓨팅이 없습니다.</translation>
        </message>
        <message>
            <source>Unknown language "%1" (available: %2).</source>
            <translation>알 수 없는 언어 "%1"(사용 가능: %2).</translation>
        </message>
    </context>
    <context>
        <name>main</name>
        <message>
            <source>Compute Studio: machine-learning compute on your desktop.</source>
            <translation>Compute Studio: 데스크톱의 머신 러닝 컴퓨팅.</translation>
        </message>
        <message>
            <source>Open the workspace in &lt;dir&gt;.</source>
            <translation>&lt;dir&gt;의 작업 영역을 엽니다.</translation>
        </message>
        <message>
            <source>Start on &lt;page&gt;: %1.</source>
            <translation>&lt;page&gt;에서 시작합니다: %1.</translation>
        </message>
        <message>
            <source>Render the page once its data is loaded, write it to &lt;file&gt; (PNG) and exit.</source>
            <translation>데이터를 불러온 뒤 페이지를 렌더링하여 &lt;file&gt;(PNG)에 쓰고 종료합니다.</translation>
        </message>
        <message>
            <source>User interface language: en or ko (default: the system's).</source>
            <translation>사용자 인터페이스 언어: en 또는 ko(기본값: 시스템 언어).</translation>
        </message>
        <message>
            <source>unknown page '%1' (pages: %2)</source>
            <translation>알 수 없는 페이지 '%1'(페이지: %2)</translation>
        </message>
        <message>
            <source>Compute Studio</source>
            <translation>Compute Studio</translation>
        </message>
        <message>
            <source>could not write the screenshot %1</source>
            <translation>스크린샷 %1을(를) 쓸 수 없습니다</translation>
        </message>
    </context>
</TS>
