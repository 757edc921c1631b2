<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ko_KR">
    <context>
        <name>RunEngine</name>
        <message>
            <source>The local machine is a single node: it cannot run %1 instances. Submit the run to a compute cluster.</source>
            <translation>로컬 컴퓨터는 단일 노드이므로 인스턴스 %1개를 실행할 수 없습니다. 실행을 컴퓨팅 클러스터에 제출하세요.</translation>
        </message>
        <message>
            <source>"%1" is a compute of the %2 provider, which cannot run scripts yet. Submit the run to the local machine, a local compute instance or a local compute cluster.</source>
            <translation>"%1"은(는) %2 공급자의 컴퓨팅이며 이 공급자는 아직 스크립트를 실행할 수 없습니다. 실행을 로컬 컴퓨터, 로컬 컴퓨팅 인스턴스 또는 로컬 컴퓨팅 클러스터에 제출하세요.</translation>
        </message>
        <message>
            <source>The run needs %1 nodes, but the cluster "%2" has at most %3 (max_instances).</source>
            <translation>실행에 노드 %1개가 필요하지만 클러스터 "%2"의 최대 노드 수는 %3개입니다(max_instances).</translation>
        </message>
    </context>
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
            <source>Attaching</source>
            <translation>연결하는 중</translation>
        </message>
        <message>
            <source>Detaching</source>
            <translation>분리하는 중</translation>
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
        <name>Studio::CapabilityMatrix</name>
        <message>
            <source>%1 can be used only as a step of a pipeline.</source>
            <translation>%1은(는) 파이프라인의 단계로만 사용할 수 있습니다.</translation>
        </message>
        <message>
            <source>An inference cluster hosts deployed models; it does not run training scripts. Use a compute cluster.</source>
            <translation>유추 클러스터는 배포된 모델을 호스트하며 학습 스크립트를 실행하지 않습니다. 컴퓨팅 클러스터를 사용하세요.</translation>
        </message>
        <message>
            <source>Compute instances do not support distributed training. Submit the run to a compute cluster.</source>
            <translation>컴퓨팅 인스턴스는 분산 학습을 지원하지 않습니다. 실행을 컴퓨팅 클러스터에 제출하세요.</translation>
        </message>
        <message>
            <source>%1 does not support distributed training. Submit the run to a compute cluster.</source>
            <translation>%1은(는) 분산 학습을 지원하지 않습니다. 실행을 컴퓨팅 클러스터에 제출하세요.</translation>
        </message>
        <message>
            <source>%1 cannot be used for hyperparameter tuning.</source>
            <translation>%1은(는) 하이퍼 매개 변수 튜닝에 사용할 수 없습니다.</translation>
        </message>
        <message>
            <source>%1 cannot be used for automated ML.</source>
            <translation>%1은(는) 자동화된 ML에 사용할 수 없습니다.</translation>
        </message>
        <message>
            <source>The local machine cannot be used in pipelines. Use a compute cluster or a remote virtual machine.</source>
            <translation>로컬 컴퓨터는 파이프라인에서 사용할 수 없습니다. 컴퓨팅 클러스터나 원격 가상 머신을 사용하세요.</translation>
        </message>
        <message>
            <source>%1 cannot be used in pipelines.</source>
            <translation>%1은(는) 파이프라인에서 사용할 수 없습니다.</translation>
        </message>
        <message>
            <source>The local machine</source>
            <translation>로컬 컴퓨터</translation>
        </message>
    </context>
    <context>
        <name>Studio::ComputeOperations</name>
        <message>
            <source>The workspace is closed.</source>
            <translation>작업 영역이 닫혀 있습니다.</translation>
        </message>
        <message>
            <source>%1 was not attached: its settings have errors.
%2</source>
            <translation>%1을(를) 연결하지 않았습니다. 설정에 오류가 있습니다.
%2</translation>
        </message>
        <message>
            <source>%1 was not created: its settings have errors.
%2</source>
            <translation>%1을(를) 만들지 않았습니다. 설정에 오류가 있습니다.
%2</translation>
        </message>
        <message>
            <source>A compute named %1 already exists in this workspace (%2). Choose another name, or delete that compute first.</source>
            <translation>이 작업 영역에 이름이 %1인 컴퓨팅이 이미 있습니다(%2). 다른 이름을 선택하거나 먼저 그 컴퓨팅을 삭제하세요.</translation>
        </message>
        <message>
            <source>Preparing</source>
            <translation>준비 중</translation>
        </message>
        <message>
            <source>Attaching %1 was canceled.</source>
            <translation>%1 연결을 취소했습니다.</translation>
        </message>
        <message>
            <source>The creation of %1 was canceled.</source>
            <translation>%1 만들기를 취소했습니다.</translation>
        </message>
        <message>
            <source>Saving secrets in the keychain</source>
            <translation>키 집합에 비밀을 저장하는 중</translation>
        </message>
        <message>
            <source>The secrets of %1 could not be saved in the keychain: %2</source>
            <translation>%1의 비밀을 키 집합에 저장할 수 없습니다: %2</translation>
        </message>
        <message>
            <source>There is no compute named %1 in this workspace.</source>
            <translation>이 작업 영역에 이름이 %1인 컴퓨팅이 없습니다.</translation>
        </message>
        <message>
            <source>The local machine is part of every workspace and cannot be deleted.</source>
            <translation>로컬 컴퓨터는 모든 작업 영역에 포함되며 삭제할 수 없습니다.</translation>
        </message>
        <message>
            <source>%1 is busy (%2, %3%). Wait for that to finish.</source>
            <translation>%1은(는) 작업 중입니다(%2, %3%). 끝날 때까지 기다리세요.</translation>
        </message>
        <message>
            <source>%1 cannot be deleted: there is no provider "%2" in this build to delete it with.</source>
            <translation>%1을(를) 삭제할 수 없습니다. 이 빌드에는 삭제에 사용할 공급자 "%2"이(가) 없습니다.</translation>
        </message>
        <message>
            <source>%1 is busy with another operation, or was deleted meanwhile.</source>
            <translation>%1은(는) 다른 작업을 하는 중이거나 그사이에 삭제되었습니다.</translation>
        </message>
        <message>
            <source>Removing secrets from the keychain</source>
            <translation>키 집합에서 비밀을 제거하는 중</translation>
        </message>
        <message>
            <source>%1 was not removed: its secrets could not be removed from the keychain (%2). Try again when the keychain is available.</source>
            <translation>%1을(를) 제거하지 않았습니다. 키 집합에서 비밀을 제거할 수 없습니다(%2). 키 집합을 사용할 수 있을 때 다시 시도하세요.</translation>
        </message>
        <message>
            <source>Only compute instances can be started, stopped or restarted; %1 is a %2.</source>
            <translation>컴퓨팅 인스턴스만 시작, 중지, 다시 시작할 수 있습니다. %1은(는) %2입니다.</translation>
        </message>
        <message>
            <source>%1 was never created (%2): delete it and create it again.</source>
            <translation>%1은(는) 만들어지지 않았습니다(%2). 삭제한 다음 다시 만드세요.</translation>
        </message>
        <message>
            <source>%1 is already running.</source>
            <translation>%1은(는) 이미 실행 중입니다.</translation>
        </message>
        <message>
            <source>%1 is already stopped.</source>
            <translation>%1은(는) 이미 중지되었습니다.</translation>
        </message>
        <message>
            <source>%1 is stopped: start it instead.</source>
            <translation>%1은(는) 중지되어 있습니다. 대신 시작하세요.</translation>
        </message>
        <message>
            <source>There is no provider "%1" in this build to manage %2 with.</source>
            <translation>이 빌드에는 %2을(를) 관리할 공급자 "%1"이(가) 없습니다.</translation>
        </message>
        <message>
            <source>Only compute clusters have nodes to update; %1 is a %2.</source>
            <translation>업데이트할 노드가 있는 것은 컴퓨팅 클러스터뿐입니다. %1은(는) %2입니다.</translation>
        </message>
        <message>
            <source>%1 cannot be updated while it is %2.</source>
            <translation>%1은(는) %2 상태에서는 업데이트할 수 없습니다.</translation>
        </message>
        <message>
            <source>The settings of %1 are not those of a compute cluster.</source>
            <translation>%1의 설정은 컴퓨팅 클러스터의 설정이 아닙니다.</translation>
        </message>
        <message>
            <source>%1 was not updated: the new settings have errors.
%2</source>
            <translation>%1을(를) 업데이트하지 않았습니다. 새 설정에 오류가 있습니다.
%2</translation>
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
        <message>
            <source>%1 was interrupted: the process doing it (pid %2) ended before it finished. Delete the compute, or try again.</source>
            <translation>진행 중이던 작업(%1)이 중단되었습니다. 작업하던 프로세스(PID %2)가 끝나기 전에 종료되었습니다. 컴퓨팅을 삭제하거나 다시 시도하세요.</translation>
        </message>
        <message>
            <source>Could not save the computes of the workspace.</source>
            <translation>작업 영역의 컴퓨팅 목록을 저장할 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>Studio::EnvironmentManager</name>
        <message>
            <source>Canceled.</source>
            <translation>취소되었습니다.</translation>
        </message>
        <message>
            <source>no answer within %1 s</source>
            <translation>%1초 안에 응답 없음</translation>
        </message>
        <message>
            <source>exit code %1</source>
            <translation>종료 코드 %1</translation>
        </message>
        <message>
            <source>The interpreter %1 does not run: %2</source>
            <translation>인터프리터 %1이(가) 실행되지 않습니다: %2</translation>
        </message>
        <message>
            <source>Could not write %1.</source>
            <translation>%1을(를) 쓸 수 없습니다.</translation>
        </message>
        <message>
            <source>Could not create the folder %1.</source>
            <translation>폴더 %1을(를) 만들 수 없습니다.</translation>
        </message>
        <message>
            <source>The conda file is not valid YAML: %1</source>
            <translation>conda 파일이 유효한 YAML이 아닙니다: %1</translation>
        </message>
        <message>
            <source>The conda file has no `dependencies:` list.</source>
            <translation>conda 파일에 `dependencies:` 목록이 없습니다.</translation>
        </message>
        <message>
            <source>The conda file's `dependencies:` is not a list.</source>
            <translation>conda 파일의 `dependencies:`가 목록이 아닙니다.</translation>
        </message>
        <message>
            <source>The conda file's `pip:` is not a list.</source>
            <translation>conda 파일의 `pip:`가 목록이 아닙니다.</translation>
        </message>
        <message>
            <source>The conda file's `pip:` list holds something other than package names.</source>
            <translation>conda 파일의 `pip:` 목록에 패키지 이름이 아닌 항목이 있습니다.</translation>
        </message>
        <message>
            <source>The conda file's `dependencies:` holds an entry that is neither a package nor a `pip:` list.</source>
            <translation>conda 파일의 `dependencies:`에 패키지도 `pip:` 목록도 아닌 항목이 있습니다.</translation>
        </message>
        <message>
            <source>The conda file could not be read: %1</source>
            <translation>conda 파일을 읽을 수 없습니다: %1</translation>
        </message>
        <message>
            <source>Scikit-learn for regression, clustering and classification, with NumPy, SciPy and joblib.</source>
            <translation>회귀, 클러스터링, 분류를 위한 Scikit-learn(NumPy, SciPy, joblib 포함).</translation>
        </message>
        <message>
            <source>Azure Container for PyTorch: deep learning with PyTorch and NumPy.</source>
            <translation>Azure Container for PyTorch: PyTorch와 NumPy를 사용하는 딥 러닝.</translation>
        </message>
        <message>
            <source>Deep learning with PyTorch and NumPy.</source>
            <translation>PyTorch와 NumPy를 사용하는 딥 러닝.</translation>
        </message>
        <message>
            <source>Python and its standard library, nothing more.</source>
            <translation>Python과 표준 라이브러리만 포함합니다.</translation>
        </message>
        <message>
            <source>STUDIO_PYTHON names %1, which is not an executable file.</source>
            <translation>STUDIO_PYTHON이 가리키는 %1은(는) 실행 파일이 아닙니다.</translation>
        </message>
        <message>
            <source>There is no Python on this compute: neither python3 nor python is on PATH, and STUDIO_PYTHON is not set. Install Python 3 (on Debian: sudo apt install python3) or set STUDIO_PYTHON to an interpreter.</source>
            <translation>이 컴퓨팅에 Python이 없습니다. PATH에 python3도 python도 없고 STUDIO_PYTHON도 설정되어 있지 않습니다. Python 3을 설치하거나(Debian에서는 sudo apt install python3) STUDIO_PYTHON을 인터프리터로 설정하세요.</translation>
        </message>
        <message>
            <source>%1 (Python %2)</source>
            <translation>%1(Python %2)</translation>
        </message>
        <message>
            <source>%1 (Python %2 at %3)</source>
            <translation>%1(Python %2, %3에 있음)</translation>
        </message>
        <message>
            <source>The interpreter %1 does not exist on this compute.</source>
            <translation>이 컴퓨팅에 인터프리터 %1이(가) 없습니다.</translation>
        </message>
        <message>
            <source>The interpreter %1 is not an executable file.</source>
            <translation>인터프리터 %1은(는) 실행 파일이 아닙니다.</translation>
        </message>
        <message>
            <source>The interpreter "%1" is not on PATH on this compute.</source>
            <translation>인터프리터 "%1"이(가) 이 컴퓨팅의 PATH에 없습니다.</translation>
        </message>
        <message>
            <source>user-managed: %1</source>
            <translation>사용자 관리: %1</translation>
        </message>
        <message>
            <source>The interpreter "%1" was not found on this compute.</source>
            <translation>이 컴퓨팅에서 인터프리터 "%1"을(를) 찾을 수 없습니다.</translation>
        </message>
        <message>
            <source>the standard library</source>
            <translation>표준 라이브러리</translation>
        </message>
        <message>
            <source>Curated environment %1: looking for an interpreter that imports %2.</source>
            <translation>큐레이트 환경 %1: %2을(를) 가져올 수 있는 인터프리터를 찾는 중입니다.</translation>
        </message>
        <message>
            <source>%1 (does not run)</source>
            <translation>%1(실행되지 않음)</translation>
        </message>
        <message>
            <source>%1 (Python %2; lacks %3)</source>
            <translation>%1(Python %2, %3 없음)</translation>
        </message>
        <message>
            <source>%1 lacks %2.</source>
            <translation>%1에 %2이(가) 없습니다.</translation>
        </message>
        <message>
            <source>curated %1: %2</source>
            <translation>큐레이트 %1: %2</translation>
        </message>
        <message>
            <source>Note: Azure ML's %1 has Python %2; this run uses Python %3.</source>
            <translation>참고: Azure ML의 %1에는 Python %2이(가) 있지만 이 실행은 Python %3을(를) 사용합니다.</translation>
        </message>
        <message>
            <source>The curated environment %1 needs a Python interpreter; there is none on this compute (no python3 on PATH, STUDIO_PYTHON not set). On Debian: sudo apt install python3.</source>
            <translation>큐레이트 환경 %1에는 Python 인터프리터가 필요하지만 이 컴퓨팅에는 없습니다(PATH에 python3 없음, STUDIO_PYTHON 설정 안 됨). Debian에서는 sudo apt install python3으로 설치합니다.</translation>
        </message>
        <message>
            <source>The curated environment %1 needs the Python modules %2; no interpreter on this compute imports them all. Tried: %3.</source>
            <translation>큐레이트 환경 %1에는 Python 모듈 %2이(가) 필요하지만 이 컴퓨팅에는 이 모듈을 모두 가져올 수 있는 인터프리터가 없습니다. 시도한 인터프리터: %3.</translation>
        </message>
        <message>
            <source>On Debian they come with: sudo apt install %1. Or set STUDIO_PYTHON to an interpreter that has them.</source>
            <translation>Debian에서는 sudo apt install %1(으)로 설치합니다. 또는 STUDIO_PYTHON을 이 모듈이 있는 인터프리터로 설정하세요.</translation>
        </message>
        <message>
            <source>The conda file asks for Python %1; there is none on this compute, so the environment uses Python %2 (%3).</source>
            <translation>conda 파일에서 Python %1을(를) 요구하지만 이 컴퓨팅에는 없으므로 환경에서 Python %2(%3)을(를) 사용합니다.</translation>
        </message>
        <message>
            <source>The conda file asks for conda packages (%1), which need conda; conda is not installed on this compute (neither conda nor mamba is on PATH). Install conda, or move them to the file's `pip:` list.</source>
            <translation>conda 파일에서 conda 패키지(%1)를 요구하며 이 패키지에는 conda가 필요하지만 이 컴퓨팅에는 conda가 설치되어 있지 않습니다(PATH에 conda도 mamba도 없음). conda를 설치하거나 패키지를 파일의 `pip:` 목록으로 옮기세요.</translation>
        </message>
        <message>
            <source>The conda file asks for conda packages (%1). Conda is installed (%2), but the studio builds environments from the file's `pip:` list only: move them there.</source>
            <translation>conda 파일에서 conda 패키지(%1)를 요구합니다. conda는 설치되어 있지만(%2) 스튜디오는 파일의 `pip:` 목록으로만 환경을 빌드합니다. 패키지를 그 목록으로 옮기세요.</translation>
        </message>
        <message>
            <source>system-managed venv %1 (reused; Python %2)</source>
            <translation>시스템 관리 venv %1(다시 사용, Python %2)</translation>
        </message>
        <message>
            <source>Reusing environment %1 (%2).</source>
            <translation>환경 %1을(를) 다시 사용합니다(%2).</translation>
        </message>
        <message>
            <source>Could not lock %1.</source>
            <translation>%1을(를) 잠글 수 없습니다.</translation>
        </message>
        <message>
            <source>Waiting for another run that builds environment %1.</source>
            <translation>환경 %1을(를) 빌드하는 다른 실행을 기다리는 중입니다.</translation>
        </message>
        <message>
            <source>Canceled while waiting for environment %1.</source>
            <translation>환경 %1을(를) 기다리는 동안 취소되었습니다.</translation>
        </message>
        <message>
            <source>Building environment %1 in %2 from %3 (Python %4).</source>
            <translation>%3에서 %2에 환경 %1을(를) 빌드하는 중입니다(Python %4).</translation>
        </message>
        <message>
            <source>Canceled while building environment %1.</source>
            <translation>환경 %1을(를) 빌드하는 동안 취소되었습니다.</translation>
        </message>
        <message>
            <source>Could not create a venv with %1 (Python %2).</source>
            <translation>%1(Python %2)(으)로 venv를 만들 수 없습니다.</translation>
        </message>
        <message>
            <source>Its venv module lacks pip: on Debian, sudo apt install python3-venv.</source>
            <translation>해당 venv 모듈에 pip가 없습니다. Debian에서는 sudo apt install python3-venv로 설치합니다.</translation>
        </message>
        <message>
            <source>Building environment %1 failed: pip install did not succeed: %2</source>
            <translation>환경 %1을(를) 빌드하지 못했습니다. pip install이 성공하지 않았습니다: %2</translation>
        </message>
        <message>
            <source>Environment %1 is ready (built in %2 s).</source>
            <translation>환경 %1이(가) 준비되었습니다(빌드 시간 %2초).</translation>
        </message>
        <message>
            <source>system-managed venv %1 (built; Python %2)</source>
            <translation>시스템 관리 venv %1(빌드함, Python %2)</translation>
        </message>
        <message>
            <source>The environment is a container but names no image.</source>
            <translation>환경이 컨테이너이지만 이미지를 지정하지 않았습니다.</translation>
        </message>
        <message>
            <source>%1 is installed but does not answer within %2 s</source>
            <translation>%1이(가) 설치되어 있지만 %2초 안에 응답하지 않습니다</translation>
        </message>
        <message>
            <source>%1 is installed but does not start: %2</source>
            <translation>%1이(가) 설치되어 있지만 시작되지 않습니다: %2</translation>
        </message>
        <message>
            <source>docker is installed but this user may not use its daemon: %1</source>
            <translation>docker가 설치되어 있지만 이 사용자는 docker 디먼을 사용할 수 없습니다: %1</translation>
        </message>
        <message>
            <source>docker is installed but its daemon is not running: %1</source>
            <translation>docker가 설치되어 있지만 디먼이 실행 중이 아닙니다: %1</translation>
        </message>
        <message>
            <source>%1 is installed but does not work: %2</source>
            <translation>%1이(가) 설치되어 있지만 작동하지 않습니다: %2</translation>
        </message>
        <message>
            <source>The environment's image %1 needs a container engine (docker or podman); none is installed on this compute.</source>
            <translation>환경의 이미지 %1에는 컨테이너 엔진(docker 또는 podman)이 필요하지만 이 컴퓨팅에는 설치되어 있지 않습니다.</translation>
        </message>
        <message>
            <source>The environment's image %1 needs a container engine: %2.</source>
            <translation>환경의 이미지 %1에는 컨테이너 엔진이 필요합니다: %2.</translation>
        </message>
        <message>
            <source>Container engine: %1.</source>
            <translation>컨테이너 엔진: %1.</translation>
        </message>
        <message>
            <source>Canceled while pulling %1.</source>
            <translation>%1을(를) 가져오는 동안 취소되었습니다.</translation>
        </message>
        <message>
            <source>Could not pull the image %1: %2</source>
            <translation>이미지 %1을(를) 가져올 수 없습니다: %2</translation>
        </message>
        <message>
            <source>container %1 (%2)</source>
            <translation>컨테이너 %1(%2)</translation>
        </message>
        <message>
            <source>There is no curated environment "%1". Known: %2.</source>
            <translation>큐레이트 환경 "%1"이(가) 없습니다. 알려진 환경: %2.</translation>
        </message>
    </context>
    <context>
        <name>Studio::JobYaml</name>
        <message>
            <source>--set %1: %2</source>
            <translation>--set %1: %2</translation>
        </message>
        <message>
            <source>Line %1: %2</source>
            <translation>%1행: %2</translation>
        </message>
        <message>
            <source>%1 must be a mapping (key: value lines).</source>
            <translation>%1은(는) 매핑(key: value 줄)이어야 합니다.</translation>
        </message>
        <message>
            <source>%1 has a key that is not text.</source>
            <translation>%1에 텍스트가 아닌 키가 있습니다.</translation>
        </message>
        <message>
            <source>“%1” is given twice.</source>
            <translation>“%1”이(가) 두 번 지정되었습니다.</translation>
        </message>
        <message>
            <source>%1 must be text.</source>
            <translation>%1은(는) 텍스트여야 합니다.</translation>
        </message>
        <message>
            <source>%1 must be a whole number, not “%2”.</source>
            <translation>%1은(는) “%2”이(가) 아니라 정수여야 합니다.</translation>
        </message>
        <message>
            <source>%1 must be at least %2, not %3.</source>
            <translation>%1은(는) %3이(가) 아니라 %2 이상이어야 합니다.</translation>
        </message>
        <message>
            <source>%1 must be one of %2, not “%3”.</source>
            <translation>%1은(는) “%3”이(가) 아니라 %2 중 하나여야 합니다.</translation>
        </message>
        <message>
            <source>Unknown key “%1”. Known keys here: %2.</source>
            <translation>알 수 없는 키 “%1”. 여기에서 사용할 수 있는 키: %2.</translation>
        </message>
        <message>
            <source>%1 must be a local file, not “%2”.</source>
            <translation>%1은(는) “%2”이(가) 아니라 로컬 파일이어야 합니다.</translation>
        </message>
        <message>
            <source>%1: cannot read %2%3.</source>
            <translation>%1: %2%3을(를) 읽을 수 없습니다.</translation>
        </message>
        <message>
            <source> (no such file)</source>
            <translation>(파일 없음)</translation>
        </message>
        <message>
            <source>%1: %2 is over 1 MiB.</source>
            <translation>%1: %2이(가) 1MiB를 넘습니다.</translation>
        </message>
        <message>
            <source>%1 must be a list, e.g. [--no-index, --find-links, wheels].</source>
            <translation>%1은(는) 목록이어야 합니다(예: [--no-index, --find-links, wheels]).</translation>
        </message>
        <message>
            <source>%1 must be a list of texts.</source>
            <translation>%1은(는) 텍스트 목록이어야 합니다.</translation>
        </message>
        <message>
            <source>environment “%1” is not an environment reference: give azureml:NAME@latest, azureml:NAME:VERSION, or an inline environment (image:, conda_file:, …).</source>
            <translation>environment “%1”은(는) 환경 참조가 아닙니다. azureml:NAME@latest, azureml:NAME:VERSION 또는 인라인 환경(image:, conda_file:, …)을 지정하세요.</translation>
        </message>
        <message>
            <source>Windows environments are not supported.</source>
            <translation>Windows 환경은 지원되지 않습니다.</translation>
        </message>
        <message>
            <source>Docker build contexts are not supported yet: give an image: or a conda_file:.</source>
            <translation>Docker 빌드 컨텍스트는 아직 지원되지 않습니다. image: 또는 conda_file:을 지정하세요.</translation>
        </message>
        <message>
            <source>Give either conda_file or studio_conda, not both.</source>
            <translation>conda_file과 studio_conda 중 하나만 지정하세요.</translation>
        </message>
        <message>
            <source>conda_file must be a file's path or a conda mapping.</source>
            <translation>conda_file은 파일 경로이거나 conda 매핑이어야 합니다.</translation>
        </message>
        <message>
            <source>Give either studio_requirements_file or studio_requirements, not both.</source>
            <translation>studio_requirements_file과 studio_requirements 중 하나만 지정하세요.</translation>
        </message>
        <message>
            <source>studio_pip_options has no effect without a conda_file or requirements: nothing is installed.</source>
            <translation>conda_file이나 요구 사항이 없으면 studio_pip_options는 효과가 없습니다. 아무것도 설치되지 않습니다.</translation>
        </message>
        <message>
            <source>“%1” is not a valid input name: use letters, digits and '_', not starting with a digit.</source>
            <translation>“%1”은(는) 유효한 입력 이름이 아닙니다. 문자, 숫자, '_'를 사용하고 숫자로 시작하지 마세요.</translation>
        </message>
        <message>
            <source>%1 looks like an Azure ML data asset; only local data can be used here (type: uri_file or uri_folder with a path), so the command gets the text “%2”.</source>
            <translation>%1은(는) Azure ML 데이터 자산으로 보입니다. 여기서는 로컬 데이터(경로가 있는 type: uri_file 또는 uri_folder)만 사용할 수 있으므로 명령에는 텍스트 “%2”이(가) 전달됩니다.</translation>
        </message>
        <message>
            <source>%1 must be a value (text, number, true/false) or a mapping with type and path.</source>
            <translation>%1은(는) 값(텍스트, 숫자, true/false)이거나 type과 path가 있는 매핑이어야 합니다.</translation>
        </message>
        <message>
            <source>Input type “%1” is not supported: use uri_file or uri_folder with a local path, or give a value.</source>
            <translation>입력 형식 “%1”은(는) 지원되지 않습니다. 로컬 경로와 함께 uri_file 또는 uri_folder를 사용하거나 값을 지정하세요.</translation>
        </message>
        <message>
            <source>%1 needs a path.</source>
            <translation>%1에는 경로가 필요합니다.</translation>
        </message>
        <message>
            <source>Only local paths are supported as inputs, not “%1”.</source>
            <translation>입력으로는 로컬 경로만 지원되며 “%1”은(는) 지원되지 않습니다.</translation>
        </message>
        <message>
            <source>%1 is not a file: use type: uri_folder.</source>
            <translation>%1은(는) 파일이 아닙니다. type: uri_folder를 사용하세요.</translation>
        </message>
        <message>
            <source>%1 does not exist.</source>
            <translation>%1이(가) 없습니다.</translation>
        </message>
        <message>
            <source>%1 is not a folder: use type: uri_file.</source>
            <translation>%1은(는) 폴더가 아닙니다. type: uri_file을 사용하세요.</translation>
        </message>
        <message>
            <source>“%1” is not a valid output name: use letters, digits and '_', not starting with a digit.</source>
            <translation>“%1”은(는) 유효한 출력 이름이 아닙니다. 문자, 숫자, '_'를 사용하고 숫자로 시작하지 마세요.</translation>
        </message>
        <message>
            <source>%1 must be empty or a mapping (type, mode).</source>
            <translation>%1은(는) 비어 있거나 매핑(type, mode)이어야 합니다.</translation>
        </message>
        <message>
            <source>Output type “%1” is not supported: outputs are folders (uri_folder).</source>
            <translation>출력 형식 “%1”은(는) 지원되지 않습니다. 출력은 폴더(uri_folder)입니다.</translation>
        </message>
        <message>
            <source>Output locations cannot be chosen: output %1 is written to outputs/%1 in the run's folder and kept with the run.</source>
            <translation>출력 위치는 선택할 수 없습니다. 출력 %1은(는) 실행 폴더의 outputs/%1에 기록되며 실행과 함께 보관됩니다.</translation>
        </message>
        <message>
            <source>Parameter servers are not supported: use worker_count (MultiWorkerMirroredStrategy).</source>
            <translation>매개 변수 서버는 지원되지 않습니다. worker_count(MultiWorkerMirroredStrategy)를 사용하세요.</translation>
        </message>
        <message>
            <source>worker_count (%1) must be a multiple of resources.instance_count (%2): each node runs the same number of workers.</source>
            <translation>worker_count(%1)는 resources.instance_count(%2)의 배수여야 합니다. 각 노드는 같은 수의 작업자를 실행합니다.</translation>
        </message>
        <message>
            <source>worker_count is too large.</source>
            <translation>worker_count가 너무 큽니다.</translation>
        </message>
        <message>
            <source>process_count_per_instance is too large.</source>
            <translation>process_count_per_instance가 너무 큽니다.</translation>
        </message>
        <message>
            <source>An mpi distribution needs process_count_per_instance.</source>
            <translation>mpi 분산에는 process_count_per_instance가 필요합니다.</translation>
        </message>
        <message>
            <source>“%1” is not an expression the command can use: use ${{inputs.NAME}} or ${{outputs.NAME}}.</source>
            <translation>“%1”은(는) 명령에서 사용할 수 있는 식이 아닙니다. ${{inputs.NAME}} 또는 ${{outputs.NAME}}을 사용하세요.</translation>
        </message>
        <message>
            <source>The command uses ${{outputs.%1}}, but the job declares no output “%1” (add it under outputs:).</source>
            <translation>명령에서 ${{outputs.%1}}을(를) 사용하지만 작업에 출력 “%1”이(가) 선언되어 있지 않습니다(outputs: 아래에 추가하세요).</translation>
        </message>
        <message>
            <source>The command uses ${{inputs.%1}}, but input “%1” has no value: give one (--set inputs.%1=VALUE) or put that part of the command in $[[ … ]].</source>
            <translation>명령에서 ${{inputs.%1}}을(를) 사용하지만 입력 “%1”에 값이 없습니다. 값을 지정하거나(--set inputs.%1=VALUE) 명령의 해당 부분을 $[[ … ]] 안에 넣으세요.</translation>
        </message>
        <message>
            <source>The command uses ${{inputs.%1}}, but the job declares no inputs.</source>
            <translation>명령에서 ${{inputs.%1}}을(를) 사용하지만 작업에 입력이 선언되어 있지 않습니다.</translation>
        </message>
        <message>
            <source>The command uses ${{inputs.%1}}, but the job declares no input “%1”. Its inputs: %2.</source>
            <translation>명령에서 ${{inputs.%1}}을(를) 사용하지만 작업에 입력 “%1”이(가) 선언되어 있지 않습니다. 작업의 입력: %2.</translation>
        </message>
        <message>
            <source>%1 jobs are not supported yet: only command jobs (type: command) run in Compute Studio.</source>
            <translation>%1 작업은 아직 지원되지 않습니다. Compute Studio에서는 명령 작업(type: command)만 실행됩니다.</translation>
        </message>
        <message>
            <source>Unknown job type “%1”: use type: command.</source>
            <translation>알 수 없는 작업 유형 “%1”: type: command를 사용하세요.</translation>
        </message>
        <message>
            <source>“%1” is not supported by Compute Studio yet.</source>
            <translation>“%1”은(는) Compute Studio에서 아직 지원되지 않습니다.</translation>
        </message>
        <message>
            <source>“%1” is not a valid run name: use letters, digits, '_', '-' and '.' (at most 255).</source>
            <translation>“%1”은(는) 유효한 실행 이름이 아닙니다. 문자, 숫자, '_', '-', '.'를 사용하세요(최대 255자).</translation>
        </message>
        <message>
            <source>experiment_name must not be empty.</source>
            <translation>experiment_name은 비워 둘 수 없습니다.</translation>
        </message>
        <message>
            <source>“%1” is not a valid environment variable name.</source>
            <translation>“%1”은(는) 유효한 환경 변수 이름이 아닙니다.</translation>
        </message>
        <message>
            <source>The job has no command: add command: with what to run, e.g. command: python train.py.</source>
            <translation>작업에 명령이 없습니다. 실행할 내용을 command:로 추가하세요(예: command: python train.py).</translation>
        </message>
        <message>
            <source>code must be a local folder, not “%1”.</source>
            <translation>code는 “%1”이(가) 아니라 로컬 폴더여야 합니다.</translation>
        </message>
        <message>
            <source>The code folder %1 does not exist.</source>
            <translation>코드 폴더 %1이(가) 없습니다.</translation>
        </message>
        <message>
            <source>compute must be a compute's name (azureml:NAME, NAME or local), not “%1”.</source>
            <translation>compute는 “%1”이(가) 아니라 컴퓨팅 이름(azureml:NAME, NAME 또는 local)이어야 합니다.</translation>
        </message>
        <message>
            <source>instance_count is too large.</source>
            <translation>instance_count가 너무 큽니다.</translation>
        </message>
        <message>
            <source>--set %1: give KEY=VALUE, e.g. --set compute=cpu-cluster or --set inputs.alpha=0.3.</source>
            <translation>--set %1: KEY=VALUE 형식으로 지정하세요(예: --set compute=cpu-cluster 또는 --set inputs.alpha=0.3).</translation>
        </message>
        <message>
            <source>--set %1: the value is not valid YAML.</source>
            <translation>--set %1: 값이 유효한 YAML이 아닙니다.</translation>
        </message>
        <message>
            <source>--set %1: %2 is not a mapping, so it has no “%3”.</source>
            <translation>--set %1: %2은(는) 매핑이 아니므로 “%3”이(가) 없습니다.</translation>
        </message>
        <message>
            <source>Could not read %1: %2.</source>
            <translation>%1을(를) 읽을 수 없습니다: %2.</translation>
        </message>
        <message>
            <source>%1 is too large to be a job file (over 1 MiB).</source>
            <translation>%1은(는) 작업 파일로 쓰기에 너무 큽니다(1MiB 초과).</translation>
        </message>
        <message>
            <source>The YAML is not valid at line %1, column %2: %3.</source>
            <translation>YAML이 %1행 %2열에서 올바르지 않습니다: %3.</translation>
        </message>
        <message>
            <source>A job file is a YAML mapping (key: value lines) with at least “command:”.</source>
            <translation>작업 파일은 최소한 “command:”가 있는 YAML 매핑(key: value 줄)입니다.</translation>
        </message>
        <message>
            <source>The YAML could not be read at line %1: %2.</source>
            <translation>%1행에서 YAML을 읽을 수 없습니다: %2.</translation>
        </message>
    </context>
    <context>
        <name>Studio::LocalAgent</name>
        <message>
            <source>Another agent (pid %1) already runs this workspace's local runs.</source>
            <translation>다른 에이전트(pid %1)가 이미 이 작업 영역의 로컬 실행을 처리하고 있습니다.</translation>
        </message>
        <message>
            <source>Canceled before it started.</source>
            <translation>시작하기 전에 취소되었습니다.</translation>
        </message>
        <message>
            <source>Cancel requested.</source>
            <translation>취소가 요청되었습니다.</translation>
        </message>
        <message>
            <source>Canceled by the user.</source>
            <translation>사용자가 취소했습니다.</translation>
        </message>
        <message>
            <source>The compute "%1" no longer exists.</source>
            <translation>컴퓨팅 "%1"이(가) 더 이상 없습니다.</translation>
        </message>
        <message>
            <source>"%1" cannot run scripts on this machine.</source>
            <translation>"%1"은(는) 이 컴퓨터에서 스크립트를 실행할 수 없습니다.</translation>
        </message>
        <message>
            <source>The run needs %1 nodes, but the cluster "%2" has at most %3.</source>
            <translation>실행에 노드 %1개가 필요하지만 클러스터 "%2"의 최대 노드 수는 %3개입니다.</translation>
        </message>
        <message>
            <source>Preparing on %1.</source>
            <translation>%1에서 준비하는 중입니다.</translation>
        </message>
        <message>
            <source>Copying the snapshot (%1 files) into %2.</source>
            <translation>스냅샷(파일 %1개)을 %2에 복사하는 중입니다.</translation>
        </message>
        <message>
            <source>Environment: %1</source>
            <translation>환경: %1</translation>
        </message>
        <message>
            <source>Preparing the run failed: %1</source>
            <translation>실행을 준비하지 못했습니다: %1</translation>
        </message>
        <message>
            <source>Environment error: %1</source>
            <translation>환경 오류: %1</translation>
        </message>
        <message>
            <source>Could not start the process (%1): %2</source>
            <translation>프로세스를 시작할 수 없습니다(%1): %2</translation>
        </message>
        <message>
            <source>Started %1 process(es): %2</source>
            <translation>프로세스 %1개를 시작했습니다: %2</translation>
        </message>
        <message>
            <source>The agent preparing this run ended; queued again.</source>
            <translation>이 실행을 준비하던 에이전트가 종료되어 다시 큐에 넣었습니다.</translation>
        </message>
        <message>
            <source>Reattached by a new agent (pid %1).</source>
            <translation>새 에이전트(pid %1)가 다시 연결했습니다.</translation>
        </message>
        <message>
            <source>Stopping the run's processes: %1</source>
            <translation>실행의 프로세스를 중지하는 중: %1</translation>
        </message>
        <message>
            <source>The script was killed by signal %1 (%2).</source>
            <translation>스크립트가 시그널 %1(%2)에 의해 종료되었습니다.</translation>
        </message>
        <message>
            <source>The script exited with code %1.</source>
            <translation>스크립트가 코드 %1(으)로 종료되었습니다.</translation>
        </message>
        <message>
            <source>The script's process ended, but its exit status was lost.</source>
            <translation>스크립트 프로세스가 끝났지만 종료 상태를 알 수 없습니다.</translation>
        </message>
        <message>
            <source>Process rank %1: %2</source>
            <translation>프로세스 순위 %1: %2</translation>
        </message>
        <message>
            <source>The run exceeded its maximum duration of %1 seconds (max_run_duration_seconds) and was stopped.</source>
            <translation>실행이 최대 실행 시간 %1초(max_run_duration_seconds)를 넘어 중지되었습니다.</translation>
        </message>
        <message>
            <source>Collecting outputs/ and logs/.</source>
            <translation>outputs/와 logs/를 수집하는 중입니다.</translation>
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
        <name>Studio::LocalProvider</name>
        <message>
            <source>Could not write %1: %2.</source>
            <translation>%1을(를) 쓸 수 없습니다: %2.</translation>
        </message>
        <message>
            <source>The creation of %1 was canceled; what it had made was removed.</source>
            <translation>%1 만들기를 취소했습니다. 만든 것은 제거했습니다.</translation>
        </message>
        <message>
            <source>Could not create the folder %1: a file of that name is in the way. Move it away or choose another name.</source>
            <translation>폴더 %1을(를) 만들 수 없습니다. 같은 이름의 파일이 있습니다. 파일을 옮기거나 다른 이름을 선택하세요.</translation>
        </message>
        <message>
            <source>Could not create the folder %1: it already exists and is not empty. Move it away or choose another name.</source>
            <translation>폴더 %1을(를) 만들 수 없습니다. 이미 있으며 비어 있지 않습니다. 폴더를 옮기거나 다른 이름을 선택하세요.</translation>
        </message>
        <message>
            <source>Could not create the folder %1: %2.</source>
            <translation>폴더 %1을(를) 만들 수 없습니다: %2.</translation>
        </message>
        <message>
            <source>Local machine</source>
            <translation>로컬 컴퓨터</translation>
        </message>
        <message>
            <source>The folder of the compute %1 is missing or damaged: %2 cannot be read (%3). Delete the compute and create it again.</source>
            <translation>컴퓨팅 %1의 폴더가 없거나 손상되었습니다. %2을(를) 읽을 수 없습니다(%3). 컴퓨팅을 삭제한 다음 다시 만드세요.</translation>
        </message>
        <message>
            <source>The folder of the compute %1 is damaged: %2 is not a manifest. Delete the compute and create it again.</source>
            <translation>컴퓨팅 %1의 폴더가 손상되었습니다. %2은(는) 매니페스트가 아닙니다. 컴퓨팅을 삭제한 다음 다시 만드세요.</translation>
        </message>
        <message>
            <source>"%1" cannot be the name of a local compute.</source>
            <translation>"%1"은(는) 로컬 컴퓨팅의 이름이 될 수 없습니다.</translation>
        </message>
        <message>
            <source>Checking the size</source>
            <translation>크기를 확인하는 중</translation>
        </message>
        <message>
            <source>This machine offers no size "%1". Sizes it offers: %2.</source>
            <translation>이 컴퓨터에는 크기 "%1"이(가) 없습니다. 사용할 수 있는 크기: %2.</translation>
        </message>
        <message>
            <source>The size %1 has no GPU, but the VM type is GPU. Choose a GPU size, or the CPU type.</source>
            <translation>크기 %1에는 GPU가 없지만 가상 머신 유형이 GPU입니다. GPU 크기나 CPU 유형을 선택하세요.</translation>
        </message>
        <message>
            <source>Creating the folder %1</source>
            <translation>폴더 %1을(를) 만드는 중</translation>
        </message>
        <message>
            <source>Creating the home folder and the job queue</source>
            <translation>홈 폴더와 작업 큐를 만드는 중</translation>
        </message>
        <message>
            <source>Could not create the link %1: %2.</source>
            <translation>링크 %1을(를) 만들 수 없습니다: %2.</translation>
        </message>
        <message>
            <source>Starting</source>
            <translation>시작 중</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>실행 중</translation>
        </message>
        <message>
            <source>Preparing the node pool</source>
            <translation>노드 풀을 준비하는 중</translation>
        </message>
        <message>
            <source>Idle</source>
            <translation>유휴</translation>
        </message>
        <message>
            <source>Removing %1</source>
            <translation>%1을(를) 제거하는 중</translation>
        </message>
        <message>
            <source>Removed</source>
            <translation>제거됨</translation>
        </message>
        <message>
            <source>Could not remove the folder %1: %2.</source>
            <translation>폴더 %1을(를) 제거할 수 없습니다: %2.</translation>
        </message>
        <message>
            <source>Only compute instances can be started, stopped or restarted; %1 is a %2.</source>
            <translation>컴퓨팅 인스턴스만 시작, 중지, 다시 시작할 수 있습니다. %1은(는) %2입니다.</translation>
        </message>
        <message>
            <source>The compute instance %1 is already running.</source>
            <translation>컴퓨팅 인스턴스 %1은(는) 이미 실행 중입니다.</translation>
        </message>
        <message>
            <source>The compute instance %1 is already stopped.</source>
            <translation>컴퓨팅 인스턴스 %1은(는) 이미 중지되었습니다.</translation>
        </message>
        <message>
            <source>Stopping</source>
            <translation>중지 중</translation>
        </message>
        <message>
            <source>The compute instance %1 is stopped: start it instead.</source>
            <translation>컴퓨팅 인스턴스 %1은(는) 중지되어 있습니다. 대신 시작하세요.</translation>
        </message>
        <message>
            <source>Stopped</source>
            <translation>중지됨</translation>
        </message>
        <message>
            <source>Only compute clusters can be updated; %1 is a %2.</source>
            <translation>컴퓨팅 클러스터만 업데이트할 수 있습니다. %1은(는) %2입니다.</translation>
        </message>
        <message>
            <source>Saving the node settings</source>
            <translation>노드 설정을 저장하는 중</translation>
        </message>
        <message>
            <source>Updated</source>
            <translation>업데이트됨</translation>
        </message>
    </context>
    <context>
        <name>Studio::LogFile</name>
        <message>
            <source>[… %1 more bytes]</source>
            <translation>[… %1바이트 더 있음]</translation>
        </message>
        <message>
            <source>The log %1 does not exist (yet).</source>
            <translation>로그 %1이(가) (아직) 없습니다.</translation>
        </message>
        <message>
            <source>Cannot open the log %1.</source>
            <translation>로그 %1을(를) 열 수 없습니다.</translation>
        </message>
        <message>
            <source>Cannot read the log %1.</source>
            <translation>로그 %1을(를) 읽을 수 없습니다.</translation>
        </message>
        <message>
            <source>The log %1 changed while it was read.</source>
            <translation>로그 %1을(를) 읽는 동안 로그가 변경되었습니다.</translation>
        </message>
    </context>
    <context>
        <name>Studio::MlflowServer</name>
        <message>
            <source>a string</source>
            <translation>문자열</translation>
        </message>
        <message>
            <source>a whole number (64-bit integer)</source>
            <translation>정수(64비트 정수)</translation>
        </message>
        <message>
            <source>a number (64-bit floating point)</source>
            <translation>숫자(64비트 부동 소수점)</translation>
        </message>
        <message>
            <source>a list of objects</source>
            <translation>개체 목록</translation>
        </message>
        <message>
            <source>a list</source>
            <translation>목록</translation>
        </message>
        <message>
            <source>Missing value for required parameter '%1'. See the API docs for more information about request parameters.</source>
            <translation>필수 매개 변수 '%1'의 값이 없습니다. 요청 매개 변수에 대한 자세한 내용은 API 문서를 참조하세요.</translation>
        </message>
        <message>
            <source>Invalid value %1 for parameter '%2' supplied: expected %3.</source>
            <translation>매개 변수 '%2'에 잘못된 값 %1이(가) 지정되었습니다. 필요한 값: %3.</translation>
        </message>
        <message>
            <source>%1 %2 is not supported here; use %3.</source>
            <translation>여기서는 %1 %2이(가) 지원되지 않습니다. %3을(를) 사용하세요.</translation>
        </message>
        <message>
            <source>No MLflow endpoint %1 %2 here. The studio serves the tracking API that mlflow.log_metric, log_param, log_batch and set_tag use.</source>
            <translation>여기에는 MLflow 엔드포인트 %1 %2이(가) 없습니다. 스튜디오는 mlflow.log_metric, log_param, log_batch, set_tag가 사용하는 추적 API를 제공합니다.</translation>
        </message>
        <message>
            <source>The request body is not valid JSON (%1 at byte %2).</source>
            <translation>요청 본문이 유효한 JSON이 아닙니다(바이트 %2에서 %1).</translation>
        </message>
        <message>
            <source>The request body must be a JSON object.</source>
            <translation>요청 본문은 JSON 개체여야 합니다.</translation>
        </message>
        <message>
            <source>Run with id=%1 not found</source>
            <translation>id=%1인 실행을 찾을 수 없습니다</translation>
        </message>
        <message>
            <source>%1 name cannot be empty. A key name must be provided.</source>
            <translation>%1 이름은 비워 둘 수 없습니다. 키 이름을 지정해야 합니다.</translation>
        </message>
        <message>
            <source>Invalid %1 name: '%2'. Names may only contain alphanumerics, underscores (_), dashes (-), periods (.), spaces ( ), colon (:) and slashes (/).</source>
            <translation>잘못된 %1 이름: '%2'. 이름에는 영숫자, 밑줄(_), 대시(-), 마침표(.), 공백( ), 콜론(:), 슬래시(/)만 사용할 수 있습니다.</translation>
        </message>
        <message>
            <source>Invalid %1 name: '%2'. Names may be treated as files in certain cases, and must not resolve to other names when treated as such.</source>
            <translation>잘못된 %1 이름: '%2'. 이름은 경우에 따라 파일로 취급될 수 있으며, 그때 다른 이름으로 해석되어서는 안 됩니다.</translation>
        </message>
        <message>
            <source>%1 key</source>
            <translation>%1 키</translation>
        </message>
        <message>
            <source>%1 '%2' had length %3, which exceeded length limit of %4</source>
            <translation>%1 '%2'의 길이 %3이(가) 길이 제한 %4을(를) 초과했습니다</translation>
        </message>
        <message>
            <source>Metric</source>
            <translation>메트릭</translation>
        </message>
        <message>
            <source>Got invalid timestamp %1 for metric '%2' (value=%3). Timestamp must be a nonnegative long (64-bit integer).</source>
            <translation>메트릭 '%2'(value=%3)에 잘못된 타임스탬프 %1을(를) 받았습니다. 타임스탬프는 음수가 아닌 long(64비트 정수)이어야 합니다.</translation>
        </message>
        <message>
            <source>%1 value</source>
            <translation>%1 값</translation>
        </message>
        <message>
            <source>Changing param values is not allowed. Param with key='%1' was already logged with value='%2' for run ID='%3'. Attempted logging new value '%4'.</source>
            <translation>매개 변수 값은 변경할 수 없습니다. key='%1'인 매개 변수가 실행 ID='%3'에 value='%2'(으)로 이미 기록되었습니다. 새 값 '%4'을(를) 기록하려고 했습니다.</translation>
        </message>
        <message>
            <source>Param</source>
            <translation>매개 변수</translation>
        </message>
        <message>
            <source>Tag</source>
            <translation>태그</translation>
        </message>
        <message>
            <source>A batch logging request can contain at most %1 %2. Got %3 %2. Please split up %2 across multiple requests and try again.</source>
            <translation>일괄 로깅 요청에는 %2을(를) 최대 %1개까지 포함할 수 있습니다. %2 %3개를 받았습니다. %2을(를) 여러 요청으로 나누어 다시 시도하세요.</translation>
        </message>
        <message>
            <source>Duplicate parameter keys have been submitted: [%1]. Please ensure the request contains only one param value per param key.</source>
            <translation>중복된 매개 변수 키가 제출되었습니다: [%1]. 요청에 매개 변수 키마다 매개 변수 값이 하나만 있는지 확인하세요.</translation>
        </message>
        <message>
            <source>Invalid value '%1' for parameter 'status': expected one of %2.</source>
            <translation>매개 변수 'status'의 값 '%1'이(가) 잘못되었습니다. 다음 중 하나여야 합니다: %2.</translation>
        </message>
        <message>
            <source>No Experiment with id=%1 exists</source>
            <translation>id=%1인 실험이 없습니다</translation>
        </message>
        <message>
            <source>Could not find experiment with name '%1'</source>
            <translation>이름이 '%1'인 실험을 찾을 수 없습니다</translation>
        </message>
        <message>
            <source>The MLflow tracking endpoint already listens on port %1.</source>
            <translation>MLflow 추적 엔드포인트가 이미 포트 %1에서 수신 대기 중입니다.</translation>
        </message>
        <message>
            <source>Cannot serve the MLflow tracking endpoint on 127.0.0.1:%1: the port is already in use. Stop what uses it, or choose another port.</source>
            <translation>127.0.0.1:%1에서 MLflow 추적 엔드포인트를 제공할 수 없습니다. 포트가 이미 사용 중입니다. 포트를 사용하는 프로그램을 중지하거나 다른 포트를 선택하세요.</translation>
        </message>
        <message>
            <source>Cannot serve the MLflow tracking endpoint on 127.0.0.1:%1.</source>
            <translation>127.0.0.1:%1에서 MLflow 추적 엔드포인트를 제공할 수 없습니다.</translation>
        </message>
        <message>
            <source>Too many connections; try again.</source>
            <translation>연결이 너무 많습니다. 다시 시도하세요.</translation>
        </message>
    </context>
    <context>
        <name>Studio::ProviderRegistry</name>
        <message>
            <source>No provider in this build can back a compute of type %1 yet.</source>
            <translation>이 빌드에는 아직 %1 유형의 컴퓨팅을 지원하는 공급자가 없습니다.</translation>
        </message>
        <message>
            <source>Providers that can back a compute of type %1: %2.</source>
            <translation>%1 유형의 컴퓨팅을 지원하는 공급자: %2.</translation>
        </message>
        <message>
            <source>There is no provider "%1" in this build (it has: %2). %3</source>
            <translation>이 빌드에는 공급자 "%1"이(가) 없습니다(있는 공급자: %2). %3</translation>
        </message>
        <message>
            <source>The provider "%1" cannot back a compute of type %2, and no provider in this build can yet.</source>
            <translation>공급자 "%1"은(는) %2 유형의 컴퓨팅을 지원하지 않으며, 이 빌드에는 아직 지원하는 공급자가 없습니다.</translation>
        </message>
        <message>
            <source>The provider "%1" cannot back a compute of type %2. Providers that can: %3.</source>
            <translation>공급자 "%1"은(는) %2 유형의 컴퓨팅을 지원하지 않습니다. 지원하는 공급자: %3.</translation>
        </message>
    </context>
    <context>
        <name>Studio::RunEngine</name>
        <message>
            <source>Could not collect %1.</source>
            <translation>%1을(를) 수집할 수 없습니다.</translation>
        </message>
        <message>
            <source>instance_count and process_count_per_instance must be at least 1.</source>
            <translation>instance_count와 process_count_per_instance는 1 이상이어야 합니다.</translation>
        </message>
        <message>
            <source>There is no compute named "%1" in this workspace. `cstudio compute list` shows the computes.</source>
            <translation>이 작업 영역에 이름이 "%1"인 컴퓨팅이 없습니다. `cstudio compute list`로 컴퓨팅 목록을 확인하세요.</translation>
        </message>
        <message>
            <source>The local machine is a single node: it cannot run %1 instances. Submit the run to a compute cluster.</source>
            <translation>로컬 컴퓨터는 단일 노드이므로 인스턴스 %1개를 실행할 수 없습니다. 실행을 컴퓨팅 클러스터에 제출하세요.</translation>
        </message>
        <message>
            <source>"%1" is a compute of the %2 provider, which cannot run scripts yet. Submit the run to the local machine, a local compute instance or a local compute cluster.</source>
            <translation>"%1"은(는) %2 공급자의 컴퓨팅이며 이 공급자는 아직 스크립트를 실행할 수 없습니다. 실행을 로컬 컴퓨터, 로컬 컴퓨팅 인스턴스 또는 로컬 컴퓨팅 클러스터에 제출하세요.</translation>
        </message>
        <message>
            <source>The compute "%1" is not ready (%2).</source>
            <translation>컴퓨팅 "%1"이(가) 준비되지 않았습니다(%2).</translation>
        </message>
        <message>
            <source>The compute instance "%1" is %2. Start it, then submit the run again.</source>
            <translation>컴퓨팅 인스턴스 "%1"의 상태가 %2입니다. 인스턴스를 시작한 다음 실행을 다시 제출하세요.</translation>
        </message>
        <message>
            <source>The run needs %1 nodes, but the cluster "%2" has at most %3 (max_instances).</source>
            <translation>실행에 노드 %1개가 필요하지만 클러스터 "%2"의 최대 노드 수는 %3개입니다(max_instances).</translation>
        </message>
        <message>
            <source>The run has no command.</source>
            <translation>실행에 명령이 없습니다.</translation>
        </message>
        <message>
            <source>"%1" is not a valid run name: use letters, digits, '_', '-' and '.', starting with a letter, digit or '_'.</source>
            <translation>"%1"은(는) 유효한 실행 이름이 아닙니다. 문자, 숫자, '_', '-', '.'를 사용하고 문자, 숫자 또는 '_'로 시작하세요.</translation>
        </message>
        <message>
            <source>Could not open the workspace.</source>
            <translation>작업 영역을 열 수 없습니다.</translation>
        </message>
        <message>
            <source>There is no curated environment "%1". Known: %2.</source>
            <translation>큐레이트 환경 "%1"이(가) 없습니다. 알려진 환경: %2.</translation>
        </message>
        <message>
            <source>The source folder %1 does not exist.</source>
            <translation>소스 폴더 %1이(가) 없습니다.</translation>
        </message>
        <message>
            <source>Snapshotting %1</source>
            <translation>%1의 스냅샷을 만드는 중</translation>
        </message>
        <message>
            <source>There is no run named "%1" in this workspace.</source>
            <translation>이 작업 영역에 이름이 "%1"인 실행이 없습니다.</translation>
        </message>
        <message>
            <source>The run "%1" has already ended (%2).</source>
            <translation>실행 "%1"은(는) 이미 끝났습니다(%2).</translation>
        </message>
        <message>
            <source>Could not create the folder %1.</source>
            <translation>폴더 %1을(를) 만들 수 없습니다.</translation>
        </message>
        <message>
            <source>Could not copy %1 to %2.</source>
            <translation>%1을(를) %2에 복사할 수 없습니다.</translation>
        </message>
        <message>
            <source>The local agent (studio-agent) is not installed next to this program nor on PATH; local runs cannot start.</source>
            <translation>로컬 에이전트(studio-agent)가 이 프로그램 옆에도 PATH에도 설치되어 있지 않아 로컬 실행을 시작할 수 없습니다.</translation>
        </message>
        <message>
            <source>Could not start the local agent %1.</source>
            <translation>로컬 에이전트 %1을(를) 시작할 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>Studio::RunStatus</name>
        <message>
            <source>Not started</source>
            <translation>시작 안 됨</translation>
        </message>
        <message>
            <source>Queued</source>
            <translation>큐 대기 중</translation>
        </message>
        <message>
            <source>Preparing</source>
            <translation>준비 중</translation>
        </message>
        <message>
            <source>Starting</source>
            <translation>시작 중</translation>
        </message>
        <message>
            <source>Running</source>
            <translation>실행 중</translation>
        </message>
        <message>
            <source>Finalizing</source>
            <translation>마무리 중</translation>
        </message>
        <message>
            <source>Cancel requested</source>
            <translation>취소 요청됨</translation>
        </message>
        <message>
            <source>Completed</source>
            <translation>완료됨</translation>
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
            <source>Not responding</source>
            <translation>응답 없음</translation>
        </message>
    </context>
    <context>
        <name>Studio::RunStore</name>
        <message>
            <source>Could not read the run "%1".</source>
            <translation>실행 "%1"을(를) 읽을 수 없습니다.</translation>
        </message>
        <message>
            <source>There is no run named "%1" in this workspace.</source>
            <translation>이 작업 영역에 이름이 "%1"인 실행이 없습니다.</translation>
        </message>
        <message>
            <source>Could not save the run.</source>
            <translation>실행을 저장할 수 없습니다.</translation>
        </message>
        <message>
            <source>A run named "%1" already exists in this workspace.</source>
            <translation>이 작업 영역에 이름이 "%1"인 실행이 이미 있습니다.</translation>
        </message>
        <message>
            <source>Could not save the run "%1".</source>
            <translation>실행 "%1"을(를) 저장할 수 없습니다.</translation>
        </message>
        <message>
            <source>Could not list the runs.</source>
            <translation>실행 목록을 가져올 수 없습니다.</translation>
        </message>
        <message>
            <source>Could not list the experiments.</source>
            <translation>실험 목록을 가져올 수 없습니다.</translation>
        </message>
        <message>
            <source>Could not update the run "%1".</source>
            <translation>실행 "%1"을(를) 업데이트할 수 없습니다.</translation>
        </message>
        <message>
            <source>Could not save metrics of the run "%1".</source>
            <translation>실행 "%1"의 메트릭을 저장할 수 없습니다.</translation>
        </message>
        <message>
            <source>Could not read metrics of the run "%1".</source>
            <translation>실행 "%1"의 메트릭을 읽을 수 없습니다.</translation>
        </message>
        <message>
            <source>Could not read the nodes of "%1".</source>
            <translation>"%1"의 노드를 읽을 수 없습니다.</translation>
        </message>
        <message>
            <source>Could not save the node "%1".</source>
            <translation>노드 "%1"을(를) 저장할 수 없습니다.</translation>
        </message>
        <message>
            <source>Could not remove the node "%1".</source>
            <translation>노드 "%1"을(를) 제거할 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>Studio::SecretStore</name>
        <message>
            <source>The keychain could not be asked because the application is not running or is shutting down.</source>
            <translation>애플리케이션이 실행 중이 아니거나 종료하는 중이어서 키 집합에 요청할 수 없습니다.</translation>
        </message>
        <message>
            <source>No secret is saved in the keychain under “%1”; enter it again.</source>
            <translation>키 집합에 “%1”(으)로 저장된 비밀이 없습니다. 다시 입력하세요.</translation>
        </message>
        <message>
            <source>The keychain refused to save the secret: it is locked or access was denied. Unlock your keyring and try again; you will be asked for the secret again next time.</source>
            <translation>키 집합이 비밀 저장을 거부했습니다. 키 집합이 잠겨 있거나 액세스가 거부되었습니다. 키 모음의 잠금을 해제하고 다시 시도하세요. 다음에 비밀을 다시 묻습니다.</translation>
        </message>
        <message>
            <source>The keychain refused to give out the secret: it is locked or access was denied. Unlock your keyring and try again, or enter the secret again.</source>
            <translation>키 집합이 비밀 제공을 거부했습니다. 키 집합이 잠겨 있거나 액세스가 거부되었습니다. 키 모음의 잠금을 해제하고 다시 시도하거나 비밀을 다시 입력하세요.</translation>
        </message>
        <message>
            <source>The keychain refused to remove the secret: it is locked or access was denied. Unlock your keyring and try again.</source>
            <translation>키 집합이 비밀 제거를 거부했습니다. 키 집합이 잠겨 있거나 액세스가 거부되었습니다. 키 모음의 잠금을 해제하고 다시 시도하세요.</translation>
        </message>
        <message>
            <source>The keychain could not remove the secret saved under “%1”. Try again, or remove it with your keyring manager (Passwords and Keys, KWalletManager).</source>
            <translation>키 집합에서 “%1”(으)로 저장된 비밀을 제거할 수 없습니다. 다시 시도하거나 키 모음 관리자(암호 및 키, KWalletManager)에서 제거하세요.</translation>
        </message>
        <message>
            <source>No keychain service is reachable, so the secret was not saved. Start your desktop's keyring (GNOME Keyring, KWallet) and try again; you will be asked for it again next time.</source>
            <translation>연결할 수 있는 키 집합 서비스가 없어 비밀을 저장하지 않았습니다. 데스크톱의 키 모음(GNOME Keyring, KWallet)을 시작하고 다시 시도하세요. 다음에 비밀을 다시 묻습니다.</translation>
        </message>
        <message>
            <source>No keychain service is reachable, so the saved secret could not be read. Start your desktop's keyring (GNOME Keyring, KWallet) and try again, or enter the secret again.</source>
            <translation>연결할 수 있는 키 집합 서비스가 없어 저장된 비밀을 읽을 수 없습니다. 데스크톱의 키 모음(GNOME Keyring, KWallet)을 시작하고 다시 시도하거나 비밀을 다시 입력하세요.</translation>
        </message>
        <message>
            <source>No keychain service is reachable, so the secret could not be removed from it. Start your desktop's keyring (GNOME Keyring, KWallet) and try again.</source>
            <translation>연결할 수 있는 키 집합 서비스가 없어 비밀을 제거할 수 없습니다. 데스크톱의 키 모음(GNOME Keyring, KWallet)을 시작하고 다시 시도하세요.</translation>
        </message>
        <message>
            <source>The keychain request failed.</source>
            <translation>키 집합 요청이 실패했습니다.</translation>
        </message>
        <message>
            <source>The secret has no name to be kept under in the keychain.</source>
            <translation>키 집합에 저장할 비밀의 이름이 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>Studio::SnapshotStore</name>
        <message>
            <source>Cannot read the folder %1: %2.</source>
            <translation>폴더 %1을(를) 읽을 수 없습니다: %2.</translation>
        </message>
        <message>
            <source>Cannot read %1: %2.</source>
            <translation>%1을(를) 읽을 수 없습니다: %2.</translation>
        </message>
        <message>
            <source>The snapshot was canceled.</source>
            <translation>스냅샷이 취소되었습니다.</translation>
        </message>
        <message>
            <source>Cannot make the snapshot folder %1.</source>
            <translation>스냅샷 폴더 %1을(를) 만들 수 없습니다.</translation>
        </message>
        <message>
            <source>Cannot open the snapshot folder %1: %2.</source>
            <translation>스냅샷 폴더 %1을(를) 열 수 없습니다: %2.</translation>
        </message>
        <message>
            <source>Cannot store %1 in the snapshot folder %2: %3.</source>
            <translation>%1을(를) 스냅샷 폴더 %2에 저장할 수 없습니다: %3.</translation>
        </message>
        <message>
            <source>The snapshot manifest is damaged.</source>
            <translation>스냅샷 매니페스트가 손상되었습니다.</translation>
        </message>
        <message>
            <source>The source folder %1 does not exist.</source>
            <translation>소스 폴더 %1이(가) 없습니다.</translation>
        </message>
        <message>
            <source>Cannot write the snapshot manifest %1: %2.</source>
            <translation>스냅샷 매니페스트 %1을(를) 쓸 수 없습니다: %2.</translation>
        </message>
        <message>
            <source>"%1" is not a snapshot id.</source>
            <translation>"%1"은(는) 스냅샷 ID가 아닙니다.</translation>
        </message>
        <message>
            <source>There is no snapshot %1 in %2.</source>
            <translation>%2에 스냅샷 %1이(가) 없습니다.</translation>
        </message>
        <message>
            <source>The snapshot manifest %1 is damaged.</source>
            <translation>스냅샷 매니페스트 %1이(가) 손상되었습니다.</translation>
        </message>
        <message>
            <source>The stored copy of %1 is damaged or missing: its content does not match the snapshot.</source>
            <translation>%1의 저장된 복사본이 손상되었거나 없습니다. 내용이 스냅샷과 일치하지 않습니다.</translation>
        </message>
        <message>
            <source>Cannot make the folder %1.</source>
            <translation>폴더 %1을(를) 만들 수 없습니다.</translation>
        </message>
        <message>
            <source>Cannot write %1: %2.</source>
            <translation>%1을(를) 쓸 수 없습니다: %2.</translation>
        </message>
        <message>
            <source>The snapshot has no file %1.</source>
            <translation>스냅샷에 파일 %1이(가) 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>Studio::SpecType</name>
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
            <source>Remote virtual machine</source>
            <translation>원격 가상 머신</translation>
        </message>
        <message>
            <source>HDInsight</source>
            <translation>HDInsight</translation>
        </message>
        <message>
            <source>Databricks</source>
            <translation>Databricks</translation>
        </message>
        <message>
            <source>Data Lake Analytics</source>
            <translation>Data Lake Analytics</translation>
        </message>
        <message>
            <source>Kubernetes</source>
            <translation>Kubernetes</translation>
        </message>
        <message>
            <source>Slurm cluster</source>
            <translation>Slurm 클러스터</translation>
        </message>
    </context>
    <context>
        <name>Studio::SpecYaml</name>
        <message>
            <source>Line %1: %2</source>
            <translation>%1행: %2</translation>
        </message>
        <message>
            <source>%1 must be text.</source>
            <translation>%1은(는) 텍스트여야 합니다.</translation>
        </message>
        <message>
            <source>%1 must be a whole number, not “%2”.</source>
            <translation>%1은(는) “%2”이(가) 아니라 정수여야 합니다.</translation>
        </message>
        <message>
            <source>%1 must be true or false, not “%2”.</source>
            <translation>%1은(는) “%2”이(가) 아니라 true 또는 false여야 합니다.</translation>
        </message>
        <message>
            <source>%1 must be one of %2, not “%3”.</source>
            <translation>%1은(는) “%3”이(가) 아니라 %2 중 하나여야 합니다.</translation>
        </message>
        <message>
            <source>%1 must be a mapping of keys to values.</source>
            <translation>%1은(는) 키와 값의 매핑이어야 합니다.</translation>
        </message>
        <message>
            <source>%1 must be a list.</source>
            <translation>%1은(는) 목록이어야 합니다.</translation>
        </message>
        <message>
            <source>Unknown key “%1”. Known keys here: %2.</source>
            <translation>알 수 없는 키 “%1”. 여기에서 사용할 수 있는 키: %2.</translation>
        </message>
        <message>
            <source>The spec has no “type”. Give one of: %1.</source>
            <translation>사양에 “type”이 없습니다. 다음 중 하나를 지정하세요: %1.</translation>
        </message>
        <message>
            <source>Unknown compute type “%1”. Give one of: %2.</source>
            <translation>알 수 없는 컴퓨팅 유형 “%1”. 다음 중 하나를 지정하세요: %2.</translation>
        </message>
        <message>
            <source>The YAML is not valid at line %1, column %2: %3.</source>
            <translation>YAML이 %1행 %2열에서 올바르지 않습니다: %3.</translation>
        </message>
        <message>
            <source>A compute spec is a YAML mapping (key: value lines), starting with “name:” and “type:”.</source>
            <translation>컴퓨팅 사양은 “name:”과 “type:”으로 시작하는 YAML 매핑(key: value 줄)입니다.</translation>
        </message>
        <message>
            <source>The YAML could not be read at line %1: %2.</source>
            <translation>%1행에서 YAML을 읽을 수 없습니다: %2.</translation>
        </message>
        <message>
            <source>Could not read %1: %2.</source>
            <translation>%1을(를) 읽을 수 없습니다: %2.</translation>
        </message>
        <message>
            <source>%1 is too large to be a compute spec (over 1 MiB).</source>
            <translation>%1은(는) 컴퓨팅 사양으로 사용하기에 너무 큽니다(1MiB 초과).</translation>
        </message>
        <message>
            <source>Secrets are kept in the OS keychain, never in files: %1</source>
            <translation>비밀은 파일이 아니라 OS 키 집합에만 보관됩니다: %1</translation>
        </message>
        <message>
            <source>The stored spec of %1 could not be read.</source>
            <translation>저장된 %1의 사양을 읽을 수 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>Studio::Ui::AttachComputeForm</name>
        <message>
            <source>no</source>
            <translation>아니요</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>예</translation>
        </message>
        <message>
            <source>maybe</source>
            <translation>경우에 따라</translation>
        </message>
        <message>
            <source>only</source>
            <translation>전용</translation>
        </message>
        <message>
            <source>Attach compute</source>
            <translation>컴퓨팅 연결</translation>
        </message>
        <message>
            <source>&amp;Attach</source>
            <translation>연결(&amp;A)</translation>
        </message>
        <message>
            <source>Required. The name this workspace gives the attached compute: letters, digits and hyphens (-), starting with a letter.</source>
            <translation>필수. 이 작업 영역에서 연결된 컴퓨팅에 붙이는 이름입니다. 문자, 숫자 및 하이픈(-)을 사용할 수 있으며 문자로 시작해야 합니다.</translation>
        </message>
        <message>
            <source>Compute &amp;type:</source>
            <translation>컴퓨팅 유형(&amp;T):</translation>
        </message>
        <message>
            <source>The kind of compute to attach. Not every kind can be used for everything: the note below says what this one can do.</source>
            <translation>연결할 컴퓨팅의 유형입니다. 모든 유형을 모든 용도에 사용할 수 있는 것은 아닙니다. 아래 메모에서 이 유형으로 할 수 있는 작업을 확인하세요.</translation>
        </message>
        <message>
            <source>A&amp;ddress:</source>
            <translation>주소(&amp;D):</translation>
        </message>
        <message>
            <source>The machine's fully qualified domain name (FQDN) or public IP address.</source>
            <translation>컴퓨터의 FQDN(정규화된 도메인 이름) 또는 공용 IP 주소입니다.</translation>
        </message>
        <message>
            <source>SSH &amp;port:</source>
            <translation>SSH 포트(&amp;P):</translation>
        </message>
        <message>
            <source>The port the machine's SSH server listens on (22 by default).</source>
            <translation>컴퓨터의 SSH 서버가 수신 대기하는 포트입니다(기본값 22).</translation>
        </message>
        <message>
            <source>&amp;User name:</source>
            <translation>사용자 이름(&amp;U):</translation>
        </message>
        <message>
            <source>The SSH user to log in as (for HDInsight, the cluster's SSH user chosen when it was created).</source>
            <translation>로그인할 SSH 사용자입니다(HDInsight의 경우 클러스터를 만들 때 지정한 SSH 사용자).</translation>
        </message>
        <message>
            <source>Private &amp;key file</source>
            <translation>프라이빗 키 파일(&amp;K)</translation>
        </message>
        <message>
            <source>Pass&amp;word</source>
            <translation>암호(&amp;W)</translation>
        </message>
        <message>
            <source>Authentication:</source>
            <translation>인증:</translation>
        </message>
        <message>
            <source>Log in with a private key file or a password. SSH keys are recommended: passwords can be guessed by brute force, while keys use cryptographic signatures.</source>
            <translation>프라이빗 키 파일이나 암호로 로그인합니다. SSH 키를 권장합니다. 암호는 무차별 암호 대입 공격에 취약한 반면, SSH 키는 암호화 서명을 사용합니다.</translation>
        </message>
        <message>
            <source>SSH keys are safer than passwords.</source>
            <translation>SSH 키가 암호보다 안전합니다.</translation>
        </message>
        <message>
            <source>Choose the private key</source>
            <translation>프라이빗 키 선택</translation>
        </message>
        <message>
            <source>e.g. ~/.ssh/id_ed25519</source>
            <translation>예: ~/.ssh/id_ed25519</translation>
        </message>
        <message>
            <source>Private key &amp;file:</source>
            <translation>프라이빗 키 파일(&amp;F):</translation>
        </message>
        <message>
            <source>The SSH private key file to log in with, e.g. ~/.ssh/id_ed25519.</source>
            <translation>로그인에 사용할 SSH 프라이빗 키 파일입니다(예: ~/.ssh/id_ed25519).</translation>
        </message>
        <message>
            <source>Only if the key has one</source>
            <translation>키에 암호 문구가 있는 경우에만</translation>
        </message>
        <message>
            <source>Pa&amp;ssphrase:</source>
            <translation>암호 문구(&amp;S):</translation>
        </message>
        <message>
            <source>The passphrase of the private key, if it has one. It is kept in the system keychain, never in the workspace or in YAML files.</source>
            <translation>프라이빗 키의 암호 문구입니다(있는 경우). 작업 영역이나 YAML 파일이 아니라 시스템 키 집합에 보관됩니다.</translation>
        </message>
        <message>
            <source>Pa&amp;ssword:</source>
            <translation>암호(&amp;S):</translation>
        </message>
        <message>
            <source>The SSH user's password. It is kept in the system keychain, never in the workspace or in YAML files.</source>
            <translation>SSH 사용자의 암호입니다. 작업 영역이나 YAML 파일이 아니라 시스템 키 집합에 보관됩니다.</translation>
        </message>
        <message>
            <source>Optional</source>
            <translation>선택 사항</translation>
        </message>
        <message>
            <source>Virtual &amp;machine name:</source>
            <translation>가상 머신 이름(&amp;M):</translation>
        </message>
        <message>
            <source>Optional: the virtual machine's own name (for a Data Science VM: shorter than 64 characters, without ` ~ ! @ # $ % ^ &amp; * ( ) = + _ [ ] { } \ | ; : ' " , &lt; &gt; / ?).</source>
            <translation>선택 사항: 가상 머신 자체의 이름입니다(Data Science VM의 경우 64자 미만이어야 하며 ` ~ ! @ # $ % ^ &amp; * ( ) = + _ [ ] { } \ | ; : ' " , &lt; &gt; / ?는 사용할 수 없음).</translation>
        </message>
        <message>
            <source>The cluster's default</source>
            <translation>클러스터 기본값</translation>
        </message>
        <message>
            <source>Partit&amp;ion:</source>
            <translation>파티션(&amp;I):</translation>
        </message>
        <message>
            <source>The Slurm partition jobs are submitted to. Empty: the cluster's default partition.</source>
            <translation>작업을 제출할 Slurm 파티션입니다. 비워 두면 클러스터의 기본 파티션을 사용합니다.</translation>
        </message>
        <message>
            <source>A&amp;ccount:</source>
            <translation>계정(&amp;C):</translation>
        </message>
        <message>
            <source>The Slurm account jobs are charged to (optional).</source>
            <translation>작업 사용량이 청구되는 Slurm 계정입니다(선택 사항).</translation>
        </message>
        <message>
            <source>Databricks &amp;workspace:</source>
            <translation>Databricks 작업 영역(&amp;W):</translation>
        </message>
        <message>
            <source>The name of the Azure Databricks workspace.</source>
            <translation>Azure Databricks 작업 영역의 이름입니다.</translation>
        </message>
        <message>
            <source>Resource &amp;group:</source>
            <translation>리소스 그룹(&amp;G):</translation>
        </message>
        <message>
            <source>The resource group that contains the Databricks workspace.</source>
            <translation>Databricks 작업 영역을 포함하는 리소스 그룹입니다.</translation>
        </message>
        <message>
            <source>Access to&amp;ken:</source>
            <translation>액세스 토큰(&amp;K):</translation>
        </message>
        <message>
            <source>The access token used to authenticate with Azure Databricks. It is kept in the system keychain and never shown or written to files.</source>
            <translation>Azure Databricks에서 인증을 받는 데 사용하는 액세스 토큰입니다. 시스템 키 집합에 보관되며 표시되거나 파일에 기록되지 않습니다.</translation>
        </message>
        <message>
            <source>The resource group that contains the Data Lake Analytics account.</source>
            <translation>Data Lake Analytics 계정을 포함하는 리소스 그룹입니다.</translation>
        </message>
        <message>
            <source>Account na&amp;me:</source>
            <translation>계정 이름(&amp;M):</translation>
        </message>
        <message>
            <source>The name of the Data Lake Analytics account.</source>
            <translation>Data Lake Analytics 계정 이름입니다.</translation>
        </message>
        <message>
            <source>/subscriptions/…/resourceGroups/…/providers/…/managedClusters/…</source>
            <translation>/subscriptions/…/resourceGroups/…/providers/…/managedClusters/…</translation>
        </message>
        <message>
            <source>Resource &amp;id:</source>
            <translation>리소스 ID(&amp;I):</translation>
        </message>
        <message>
            <source>The resource id of the Kubernetes cluster (an AKS or Azure Arc-enabled cluster). Give it or a kubeconfig file.</source>
            <translation>Kubernetes 클러스터(AKS 또는 Azure Arc 사용 클러스터)의 리소스 ID입니다. 리소스 ID나 kubeconfig 파일 중 하나를 지정하세요.</translation>
        </message>
        <message>
            <source>Choose a kubeconfig file</source>
            <translation>kubeconfig 파일 선택</translation>
        </message>
        <message>
            <source>&amp;Kubeconfig file:</source>
            <translation>kubeconfig 파일(&amp;K):</translation>
        </message>
        <message>
            <source>A kubeconfig file that reaches the cluster's API server. Give it or the resource id.</source>
            <translation>클러스터의 API 서버에 연결할 수 있는 kubeconfig 파일입니다. kubeconfig 파일이나 리소스 ID 중 하나를 지정하세요.</translation>
        </message>
        <message>
            <source>Names&amp;pace:</source>
            <translation>네임스페이스(&amp;P):</translation>
        </message>
        <message>
            <source>The Kubernetes namespace the compute's work runs in (default: “default”).</source>
            <translation>컴퓨팅의 작업이 실행되는 Kubernetes 네임스페이스입니다(기본값: “default”).</translation>
        </message>
        <message>
            <source>GPU: %1 · Hyperparameter tuning: %2 · Automated ML: %3 · Pipelines: %4</source>
            <translation>GPU: %1 · 하이퍼 매개 변수 튜닝: %2 · 자동화된 ML: %3 · 파이프라인: %4</translation>
        </message>
        <message>
            <source>&lt;cluster&gt;.azurehdinsight.net or an IP address</source>
            <translation>&lt;cluster&gt;.azurehdinsight.net 또는 IP 주소</translation>
        </message>
        <message>
            <source>Host name (FQDN) or IP address</source>
            <translation>호스트 이름(FQDN) 또는 IP 주소</translation>
        </message>
        <message>
            <source>Only Ubuntu (Linux) machines are supported.</source>
            <translation>Ubuntu(Linux) 컴퓨터만 지원됩니다.</translation>
        </message>
        <message>
            <source>The cluster's URL in its overview, without https://.</source>
            <translation>클러스터 개요에 있는 URL에서 https://를 뺀 값입니다.</translation>
        </message>
        <message>
            <source>A login node of the cluster.</source>
            <translation>클러스터의 로그인 노드입니다.</translation>
        </message>
    </context>
    <context>
        <name>Studio::Ui::ComputeClusterForm</name>
        <message>
            <source>New compute cluster</source>
            <translation>새 컴퓨팅 클러스터</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>만들기(&amp;C)</translation>
        </message>
        <message>
            <source>Step 1 of 2: Virtual machine</source>
            <translation>1/2단계: 가상 머신</translation>
        </message>
        <message>
            <source>Same as the workspace</source>
            <translation>작업 영역과 동일</translation>
        </message>
        <message>
            <source>L&amp;ocation:</source>
            <translation>위치(&amp;O):</translation>
        </message>
        <message>
            <source>The region to create the compute cluster in. By default the same location as the workspace. Another region than the workspace's or its data's can add network latency and data transfer costs, both when the cluster is created and when jobs run on it.</source>
            <translation>컴퓨팅 클러스터를 만들 지역입니다. 기본적으로 작업 영역과 동일한 위치입니다. 작업 영역이나 데이터와 다른 지역을 사용하면 네트워크 대기 시간 및 데이터 전송 비용이 증가할 수 있으며, 이는 클러스터를 만들 때와 클러스터에서 작업을 실행할 때 모두 발생할 수 있습니다.</translation>
        </message>
        <message>
            <source>C&amp;PU</source>
            <translation>C&amp;PU</translation>
        </message>
        <message>
            <source>&amp;GPU</source>
            <translation>&amp;GPU</translation>
        </message>
        <message>
            <source>Virtual machine &amp;type:</source>
            <translation>가상 머신 유형(&amp;T):</translation>
        </message>
        <message>
            <source>&amp;Dedicated</source>
            <translation>전용(&amp;D)</translation>
        </message>
        <message>
            <source>Lo&amp;w priority</source>
            <translation>낮은 우선 순위(&amp;W)</translation>
        </message>
        <message>
            <source>Nodes are yours for as long as the cluster has them.</source>
            <translation>클러스터에 노드가 있는 동안 계속 사용할 수 있습니다.</translation>
        </message>
        <message>
            <source>Cheaper, but compute nodes are not guaranteed: jobs may be preempted.</source>
            <translation>더 저렴하지만 컴퓨팅 노드를 보장하지 않습니다. 작업이 선점될 수 있습니다.</translation>
        </message>
        <message>
            <source>Virtual machine p&amp;riority:</source>
            <translation>가상 머신 우선 순위(&amp;R):</translation>
        </message>
        <message>
            <source>Dedicated or Low priority. Low-priority virtual machines are cheaper but compute nodes are not guaranteed: jobs may be preempted.</source>
            <translation>전용 또는 낮은 우선 순위입니다. 우선 순위가 낮은 가상 머신은 더 저렴하지만 컴퓨팅 노드를 보장하지 않습니다. 작업이 선점될 수 있습니다.</translation>
        </message>
        <message>
            <source>Low priority: cheaper, but jobs may be preempted.</source>
            <translation>낮은 우선 순위: 더 저렴하지만 작업이 선점될 수 있습니다.</translation>
        </message>
        <message>
            <source>Virtual machine &amp;size:</source>
            <translation>가상 머신 크기(&amp;S):</translation>
        </message>
        <message>
            <source>Step 2 of 2: Advanced settings</source>
            <translation>2/2단계: 고급 설정</translation>
        </message>
        <message>
            <source>&amp;Minimum number of nodes:</source>
            <translation>최소 노드 수(&amp;M):</translation>
        </message>
        <message>
            <source>The minimum number of nodes to provision. For dedicated nodes kept ready, set that number here. With 0 the cluster costs nothing for nodes while it is idle.</source>
            <translation>프로비전할 최소 노드 수입니다. 항상 준비된 전용 노드가 필요하면 여기에 그 수를 설정합니다. 0으로 설정하면 클러스터가 유휴 상태일 때 노드 비용이 발생하지 않습니다.</translation>
        </message>
        <message>
            <source>0: no cost while idle.</source>
            <translation>0: 유휴 상태일 때 비용 없음.</translation>
        </message>
        <message>
            <source>Ma&amp;ximum number of nodes:</source>
            <translation>최대 노드 수(&amp;X):</translation>
        </message>
        <message>
            <source>The maximum number of nodes to provision. The cluster scales up to this number automatically when jobs are submitted.</source>
            <translation>프로비전할 최대 노드 수입니다. 작업이 제출되면 클러스터가 이 노드 수까지 자동으로 확장됩니다.</translation>
        </message>
        <message>
            <source> seconds</source>
            <translation>초</translation>
        </message>
        <message>
            <source>&amp;Idle seconds before scale down:</source>
            <translation>규모 축소 전 유휴 시간(&amp;I):</translation>
        </message>
        <message>
            <source>How long the cluster stays idle before it scales down to the minimum number of nodes (default 120 seconds).</source>
            <translation>클러스터의 규모를 최소 노드 수로 축소하기 전 유휴 시간입니다(기본값 120초).</translation>
        </message>
        <message>
            <source>&amp;Enable SSH access</source>
            <translation>SSH 액세스 사용(&amp;E)</translation>
        </message>
        <message>
            <source>SSH access:</source>
            <translation>SSH 액세스:</translation>
        </message>
        <message>
            <source>Admin &amp;user name:</source>
            <translation>관리자 사용자 이름(&amp;U):</translation>
        </message>
        <message>
            <source>The user name for SSH connections to the nodes.</source>
            <translation>노드에 SSH로 연결할 때 사용할 사용자 이름입니다.</translation>
        </message>
        <message>
            <source>SSH public key</source>
            <translation>SSH 공개 키</translation>
        </message>
        <message>
            <source>Password</source>
            <translation>암호</translation>
        </message>
        <message>
            <source>Sign in &amp;with:</source>
            <translation>로그인 방법(&amp;W):</translation>
        </message>
        <message>
            <source>An SSH public key, or a password. SSH keys are safer: passwords are open to brute-force attacks.</source>
            <translation>SSH 공개 키 또는 암호입니다. SSH 키가 더 안전합니다. 암호는 무차별 암호 대입 공격에 취약합니다.</translation>
        </message>
        <message>
            <source>ssh-ed25519 AAAA… user@host</source>
            <translation>ssh-ed25519 AAAA… user@host</translation>
        </message>
        <message>
            <source>&amp;Public key:</source>
            <translation>공개 키(&amp;P):</translation>
        </message>
        <message>
            <source>Pa&amp;ssword:</source>
            <translation>암호(&amp;S):</translation>
        </message>
        <message>
            <source>The password of the admin user. It is kept in the system keychain, never in the workspace or in YAML files.</source>
            <translation>관리자 사용자의 암호입니다. 작업 영역이나 YAML 파일이 아니라 시스템 키 집합에 보관됩니다.</translation>
        </message>
        <message>
            <source>&amp;Advanced settings</source>
            <translation>고급 설정(&amp;A)</translation>
        </message>
        <message>
            <source>Optional: the provider, a virtual network to create the cluster in, and a managed identity.</source>
            <translation>선택 사항: 공급자, 클러스터를 만들 가상 네트워크, 관리 ID.</translation>
        </message>
        <message>
            <source>Resource &amp;group:</source>
            <translation>리소스 그룹(&amp;G):</translation>
        </message>
        <message>
            <source>&amp;Virtual network:</source>
            <translation>가상 네트워크(&amp;V):</translation>
        </message>
        <message>
            <source>Subne&amp;t:</source>
            <translation>서브넷(&amp;T):</translation>
        </message>
        <message>
            <source>None</source>
            <translation>없음</translation>
        </message>
        <message>
            <source>System-assigned</source>
            <translation>시스템 할당</translation>
        </message>
        <message>
            <source>User-assigned</source>
            <translation>사용자 할당</translation>
        </message>
        <message>
            <source>Managed i&amp;dentity:</source>
            <translation>관리 ID(&amp;D):</translation>
        </message>
        <message>
            <source>A managed identity gives the cluster access to other resources without credentials in your code: system-assigned (made for this cluster) or user-assigned (identities you created).</source>
            <translation>관리 ID를 사용하면 코드에 자격 증명을 넣지 않고도 클러스터가 다른 리소스에 액세스할 수 있습니다. 시스템 할당(이 클러스터용으로 만들어진 ID) 또는 사용자 할당(직접 만든 ID)을 선택합니다.</translation>
        </message>
        <message>
            <source>One resource id per line</source>
            <translation>한 줄에 리소스 ID 하나</translation>
        </message>
        <message>
            <source>Identity res&amp;ource ids:</source>
            <translation>관리 ID 리소스 ID(&amp;O):</translation>
        </message>
        <message>
            <source>The resource ids of the user-assigned identities, one per line.</source>
            <translation>사용자 할당 ID의 리소스 ID입니다. 한 줄에 하나씩 입력합니다.</translation>
        </message>
        <message>
            <source>&amp;Back</source>
            <translation>뒤로(&amp;B)</translation>
        </message>
        <message>
            <source>&amp;Next</source>
            <translation>다음(&amp;N)</translation>
        </message>
        <message>
            <source>Go on to the advanced settings: name, nodes, SSH access.</source>
            <translation>고급 설정(이름, 노드, SSH 액세스)으로 진행합니다.</translation>
        </message>
    </context>
    <context>
        <name>Studio::Ui::ComputeDetailsPanel</name>
        <message>
            <source>Select a compute to see its details.</source>
            <translation>세부 정보를 보려면 컴퓨팅을 선택하세요.</translation>
        </message>
        <message>
            <source>Operation progress</source>
            <translation>작업 진행률</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Stop this operation and undo what it has done so far</source>
            <translation>이 작업을 중지하고 지금까지 수행한 내용을 되돌립니다</translation>
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
            <source>Properties</source>
            <translation>속성</translation>
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
            <source>%1…</source>
            <translation>%1…</translation>
        </message>
        <message>
            <source>%1… %2</source>
            <translation>%1… %2</translation>
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
            <source>GPU</source>
            <translation>GPU</translation>
        </message>
        <message>
            <source>if the machine has one</source>
            <translation>컴퓨터에 있는 경우</translation>
        </message>
        <message>
            <source>pipeline steps only</source>
            <translation>파이프라인 단계 전용</translation>
        </message>
        <message>
            <source>training runs</source>
            <translation>학습 실행</translation>
        </message>
        <message>
            <source>distributed training</source>
            <translation>분산 학습</translation>
        </message>
        <message>
            <source>hyperparameter tuning</source>
            <translation>하이퍼 매개 변수 튜닝</translation>
        </message>
        <message>
            <source>pipelines</source>
            <translation>파이프라인</translation>
        </message>
        <message>
            <source>automated ML</source>
            <translation>자동화된 ML</translation>
        </message>
        <message>
            <source>hosting deployed models</source>
            <translation>배포된 모델 호스팅</translation>
        </message>
        <message>
            <source>Can be used for</source>
            <translation>사용 용도</translation>
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
        <name>Studio::Ui::ComputeForm</name>
        <message>
            <source>View &amp;YAML</source>
            <translation>YAML 보기(&amp;Y)</translation>
        </message>
        <message>
            <source>Show the spec this form will send, as YAML (secrets left out).</source>
            <translation>이 양식이 보낼 사양을 YAML로 표시합니다(비밀 제외).</translation>
        </message>
        <message>
            <source>&amp;Load YAML…</source>
            <translation>YAML 불러오기(&amp;L)…</translation>
        </message>
        <message>
            <source>Fill the form from a YAML spec file (the format `cstudio compute export` writes).</source>
            <translation>YAML 사양 파일(`cstudio compute export`가 쓰는 형식)로 양식을 채웁니다.</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>Close the form without creating anything (Esc).</source>
            <translation>아무것도 만들지 않고 양식을 닫습니다(Esc).</translation>
        </message>
        <message>
            <source>e.g. my-compute</source>
            <translation>예: my-compute</translation>
        </message>
        <message>
            <source>Compute &amp;name:</source>
            <translation>컴퓨팅 이름(&amp;N):</translation>
        </message>
        <message>
            <source>P&amp;rovider:</source>
            <translation>공급자(&amp;R):</translation>
        </message>
        <message>
            <source>The backend that creates this compute and runs work on it. “local” is this machine and the default; a provider that cannot back this kind of compute is named in a warning.</source>
            <translation>이 컴퓨팅을 만들고 그 위에서 작업을 실행하는 백 엔드입니다. “local”은 이 컴퓨터이며 기본값입니다. 이 유형의 컴퓨팅을 지원하지 않는 공급자를 선택하면 경고가 표시됩니다.</translation>
        </message>
        <message>
            <source>Not yet: fix these first.</source>
            <translation>아직 할 수 없습니다. 먼저 다음 문제를 해결하세요.</translation>
        </message>
        <message>
            <source>Still needed: %1.</source>
            <translation>아직 필요한 항목: %1.</translation>
        </message>
        <message>
            <source>YAML</source>
            <translation>YAML</translation>
        </message>
        <message>
            <source>YAML of %1</source>
            <translation>%1의 YAML</translation>
        </message>
        <message>
            <source>YAML spec</source>
            <translation>YAML 사양</translation>
        </message>
        <message>
            <source>Save it as a .yml file to use it with `cstudio compute create -f FILE` or Load YAML. Passwords, passphrases and tokens are never included.</source>
            <translation>.yml 파일로 저장하면 `cstudio compute create -f FILE`이나 YAML 불러오기에 사용할 수 있습니다. 암호, 암호 문구, 토큰은 포함되지 않습니다.</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>복사(&amp;C)</translation>
        </message>
        <message>
            <source>Close</source>
            <translation>닫기</translation>
        </message>
        <message>
            <source>Copied</source>
            <translation>복사됨</translation>
        </message>
        <message>
            <source>Load YAML</source>
            <translation>YAML 불러오기</translation>
        </message>
        <message>
            <source>YAML files (*.yml *.yaml);;All files (*)</source>
            <translation>YAML 파일 (*.yml *.yaml);;모든 파일 (*)</translation>
        </message>
        <message>
            <source>Could not load %1: %2</source>
            <translation>%1을(를) 불러올 수 없습니다: %2</translation>
        </message>
        <message>
            <source>The form was left as it was.</source>
            <translation>양식은 변경되지 않았습니다.</translation>
        </message>
        <message>
            <source>%1 describes a %2 (type: %3); this form is for %4. The form was left as it was.</source>
            <translation>%1은(는) %2(type: %3)을(를) 설명하지만 이 양식은 %4용입니다. 양식은 변경되지 않았습니다.</translation>
        </message>
        <message>
            <source>Loaded %1.</source>
            <translation>%1을(를) 불러왔습니다.</translation>
        </message>
        <message>
            <source>Loaded %1, but some of it could not be used; the form shows the rest:</source>
            <translation>%1을(를) 불러왔지만 일부는 사용할 수 없습니다. 나머지는 양식에 표시됩니다:</translation>
        </message>
    </context>
    <context>
        <name>Studio::Ui::ComputeInstanceForm</name>
        <message>
            <source>New compute instance</source>
            <translation>새 컴퓨팅 인스턴스</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>만들기(&amp;C)</translation>
        </message>
        <message>
            <source>C&amp;PU</source>
            <translation>C&amp;PU</translation>
        </message>
        <message>
            <source>&amp;GPU</source>
            <translation>&amp;GPU</translation>
        </message>
        <message>
            <source>Virtual machine &amp;type:</source>
            <translation>가상 머신 유형(&amp;T):</translation>
        </message>
        <message>
            <source>Virtual machine &amp;size:</source>
            <translation>가상 머신 크기(&amp;S):</translation>
        </message>
        <message>
            <source>&amp;Enable SSH access</source>
            <translation>SSH 액세스 사용(&amp;E)</translation>
        </message>
        <message>
            <source>SSH access:</source>
            <translation>SSH 액세스:</translation>
        </message>
        <message>
            <source>ssh-ed25519 AAAA… user@host</source>
            <translation>ssh-ed25519 AAAA… user@host</translation>
        </message>
        <message>
            <source>From file…</source>
            <translation>파일에서…</translation>
        </message>
        <message>
            <source>Read the public key from a .pub file.</source>
            <translation>.pub 파일에서 공개 키를 읽습니다.</translation>
        </message>
        <message>
            <source>SSH public &amp;key:</source>
            <translation>SSH 공개 키(&amp;K):</translation>
        </message>
        <message>
            <source>Never</source>
            <translation>안 함</translation>
        </message>
        <message>
            <source> minutes</source>
            <translation>분</translation>
        </message>
        <message>
            <source>&amp;Idle shutdown after:</source>
            <translation>유휴 상태 종료 시간(&amp;I):</translation>
        </message>
        <message>
            <source>Stop the instance after it has been idle this many minutes, so it does not cost compute while unused. A stopped instance keeps its quota and can be started again. Never: keep it running.</source>
            <translation>인스턴스가 지정한 시간(분) 동안 유휴 상태이면 중지하여 사용하지 않는 동안 컴퓨팅 비용이 발생하지 않게 합니다. 중지된 인스턴스는 할당량을 유지하며 다시 시작할 수 있습니다. 안 함: 계속 실행합니다.</translation>
        </message>
        <message>
            <source>&amp;Advanced settings</source>
            <translation>고급 설정(&amp;A)</translation>
        </message>
        <message>
            <source>Optional: the provider, and a virtual network to create the instance in.</source>
            <translation>선택 사항: 공급자, 인스턴스를 만들 가상 네트워크.</translation>
        </message>
        <message>
            <source>Reso&amp;urce group:</source>
            <translation>리소스 그룹(&amp;U):</translation>
        </message>
        <message>
            <source>&amp;Virtual network:</source>
            <translation>가상 네트워크(&amp;V):</translation>
        </message>
        <message>
            <source>Su&amp;bnet:</source>
            <translation>서브넷(&amp;B):</translation>
        </message>
        <message>
            <source>Choose a public key</source>
            <translation>공개 키 선택</translation>
        </message>
        <message>
            <source>Public keys (*.pub);;All files (*)</source>
            <translation>공개 키 (*.pub);;모든 파일 (*)</translation>
        </message>
        <message>
            <source>Public key</source>
            <translation>공개 키</translation>
        </message>
        <message>
            <source>Could not read %1: %2</source>
            <translation>%1을(를) 읽을 수 없습니다: %2</translation>
        </message>
    </context>
    <context>
        <name>Studio::Ui::ComputeListModel</name>
        <message>
            <source>%1… %2%</source>
            <translation>%1… %2%</translation>
        </message>
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
        <message>
            <source>Detach compute</source>
            <translation>컴퓨팅 분리</translation>
        </message>
        <message>
            <source>Delete compute</source>
            <translation>컴퓨팅 삭제</translation>
        </message>
        <message>
            <source>Detach %1 from this workspace?</source>
            <translation>이 작업 영역에서 %1을(를) 분리하시겠습니까?</translation>
        </message>
        <message>
            <source>Delete %1?</source>
            <translation>%1을(를) 삭제하시겠습니까?</translation>
        </message>
        <message>
            <source>The machine itself is not changed; you can attach it again later.</source>
            <translation>컴퓨터 자체는 변경되지 않으며 나중에 다시 연결할 수 있습니다.</translation>
        </message>
        <message>
            <source>Its area in the workspace is deleted. Files in the shared user files folder are kept.</source>
            <translation>작업 영역에 있는 이 컴퓨팅의 영역이 삭제됩니다. 공유 사용자 파일 폴더의 파일은 유지됩니다.</translation>
        </message>
        <message>
            <source>Its settings and the area it keeps in the workspace are deleted.</source>
            <translation>이 컴퓨팅의 설정과 작업 영역에 있는 영역이 삭제됩니다.</translation>
        </message>
        <message>
            <source>Detach</source>
            <translation>분리</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>삭제</translation>
        </message>
        <message>
            <source>%1 is not a compute cluster.</source>
            <translation>%1은(는) 컴퓨팅 클러스터가 아닙니다.</translation>
        </message>
        <message>
            <source>Scale settings of %1</source>
            <translation>%1의 크기 조정 설정</translation>
        </message>
        <message>
            <source>Nodes kept even when idle; 0 means no cost while idle.</source>
            <translation>유휴 상태일 때도 유지되는 노드 수입니다. 0이면 유휴 상태일 때 비용이 발생하지 않습니다.</translation>
        </message>
        <message>
            <source>The most nodes the cluster scales up to when jobs arrive.</source>
            <translation>작업이 들어오면 클러스터가 확장될 수 있는 최대 노드 수입니다.</translation>
        </message>
        <message>
            <source>Seconds a node stays idle before the cluster scales down.</source>
            <translation>클러스터의 규모를 축소하기 전에 노드가 유휴 상태로 있는 시간(초)입니다.</translation>
        </message>
        <message>
            <source> s</source>
            <translation>초</translation>
        </message>
        <message>
            <source>Apply</source>
            <translation>적용</translation>
        </message>
        <message>
            <source>&amp;Minimum nodes:</source>
            <translation>최소 노드 수(&amp;M):</translation>
        </message>
        <message>
            <source>Ma&amp;ximum nodes:</source>
            <translation>최대 노드 수(&amp;X):</translation>
        </message>
        <message>
            <source>&amp;Idle seconds before scale down:</source>
            <translation>규모 축소 전 유휴 시간(&amp;I):</translation>
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
            <source>Start</source>
            <translation>시작</translation>
        </message>
        <message>
            <source>Start the selected compute instance</source>
            <translation>선택한 컴퓨팅 인스턴스를 시작합니다</translation>
        </message>
        <message>
            <source>Stop</source>
            <translation>중지</translation>
        </message>
        <message>
            <source>Stop the selected compute instance: no compute charge while stopped, but its quota stays reserved</source>
            <translation>선택한 컴퓨팅 인스턴스를 중지합니다. 중지된 동안에는 컴퓨팅 요금이 청구되지 않지만 할당량은 계속 예약됩니다</translation>
        </message>
        <message>
            <source>Restart</source>
            <translation>다시 시작</translation>
        </message>
        <message>
            <source>Restart the selected compute instance</source>
            <translation>선택한 컴퓨팅 인스턴스를 다시 시작합니다</translation>
        </message>
        <message>
            <source>Scale settings…</source>
            <translation>크기 조정 설정…</translation>
        </message>
        <message>
            <source>Change the minimum and maximum nodes and the idle time before scale down</source>
            <translation>최소 및 최대 노드 수와 규모 축소 전 유휴 시간을 변경합니다</translation>
        </message>
        <message>
            <source>Submit run…</source>
            <translation>실행 제출…</translation>
        </message>
        <message>
            <source>Submit a run: a script from a folder of yours, on the selected compute</source>
            <translation>실행 제출: 내 폴더의 스크립트를 선택한 컴퓨팅에서 실행합니다</translation>
        </message>
        <message>
            <source>Detach</source>
            <translation>분리</translation>
        </message>
        <message>
            <source>Detach the selected compute from the workspace; the machine itself keeps running</source>
            <translation>선택한 컴퓨팅을 작업 영역에서 분리합니다. 컴퓨터 자체는 계속 실행됩니다</translation>
        </message>
        <message>
            <source>Delete</source>
            <translation>삭제</translation>
        </message>
        <message>
            <source>Delete the selected compute and everything it holds</source>
            <translation>선택한 컴퓨팅과 그 안의 모든 항목을 삭제합니다</translation>
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
        <name>Studio::Ui::DisclosureButton</name>
        <message>
            <source>Expanded</source>
            <translation>확장됨</translation>
        </message>
        <message>
            <source>Collapsed</source>
            <translation>축소됨</translation>
        </message>
    </context>
    <context>
        <name>Studio::Ui::FilePathEdit</name>
        <message>
            <source>Browse…</source>
            <translation>찾아보기…</translation>
        </message>
        <message>
            <source>Choose a file</source>
            <translation>파일 선택</translation>
        </message>
    </context>
    <context>
        <name>Studio::Ui::FormTexts</name>
        <message>
            <source>Required. 3 to 24 characters: letters, digits and hyphens (-). It must start with a letter, and a hyphen must be followed by at least one more character. The name must be unique among the computes of the region: a warning says when it is not.</source>
            <translation>필수. 문자, 숫자 및 하이픈(-)으로 된 3~24자입니다. 이름은 문자로 시작해야 하며, 하이픈 뒤에는 문자가 하나 이상 있어야 합니다. 이름은 지역 내 모든 컴퓨팅에서 고유해야 하며, 고유하지 않으면 경고가 표시됩니다.</translation>
        </message>
        <message>
            <source>CPU or GPU. The type cannot be changed after the compute is created.</source>
            <translation>CPU 또는 GPU입니다. 컴퓨팅을 만든 후에는 유형을 변경할 수 없습니다.</translation>
        </message>
        <message>
            <source>Cannot be changed after creation.</source>
            <translation>만든 후에는 변경할 수 없습니다.</translation>
        </message>
        <message>
            <source>The virtual machine size: its cores (vCPUs), memory and GPUs. Supported sizes may be limited by region and quota; the list shows what this provider offers.</source>
            <translation>가상 머신 크기입니다. 크기에 따라 코어 수(vCPU), 메모리, GPU가 정해집니다. 지원되는 크기는 지역 및 할당량에 따라 제한될 수 있으며, 목록에는 이 공급자가 제공하는 크기가 표시됩니다.</translation>
        </message>
        <message>
            <source>SSH access is disabled by default and cannot be changed after creation. Enable it to connect with SSH, for example to debug interactively with VS Code Remote.</source>
            <translation>SSH 액세스는 기본적으로 사용하지 않도록 설정되어 있으며 만든 후에는 변경할 수 없습니다. SSH로 연결하려면(예: VS Code 원격으로 대화형 디버깅) 사용하도록 설정하세요.</translation>
        </message>
        <message>
            <source>Off by default; cannot be changed after creation.</source>
            <translation>기본적으로 꺼져 있으며 만든 후에는 변경할 수 없습니다.</translation>
        </message>
        <message>
            <source>SSH access uses a public/private key pair: give your OpenSSH public key (one line such as the contents of ~/.ssh/id_ed25519.pub) and connect with the matching private key.</source>
            <translation>SSH 액세스에는 공개/프라이빗 키 쌍이 사용됩니다. OpenSSH 공개 키(~/.ssh/id_ed25519.pub의 내용과 같은 한 줄)를 입력하고, 짝이 되는 프라이빗 키로 연결하세요.</translation>
        </message>
        <message>
            <source>Optional. The resource group of an existing virtual network to create the compute in.</source>
            <translation>선택 사항. 컴퓨팅을 만들 기존 가상 네트워크의 리소스 그룹입니다.</translation>
        </message>
        <message>
            <source>Optional. The name of an existing virtual network (VNet) to create the compute in. It must be in the same region as the workspace.</source>
            <translation>선택 사항. 컴퓨팅을 만들 기존 가상 네트워크(VNet)의 이름입니다. 작업 영역과 같은 지역에 있어야 합니다.</translation>
        </message>
        <message>
            <source>The subnet within the virtual network. The compute gets IP addresses from the subnet's range.</source>
            <translation>가상 네트워크 내의 서브넷입니다. 컴퓨팅에 서브넷 범위의 IP 주소가 할당됩니다.</translation>
        </message>
    </context>
    <context>
        <name>Studio::Ui::InferenceClusterForm</name>
        <message>
            <source>New inference cluster</source>
            <translation>새 유추 클러스터</translation>
        </message>
        <message>
            <source>&amp;Create</source>
            <translation>만들기(&amp;C)</translation>
        </message>
        <message>
            <source>Required. 2 to 16 characters: letters, digits and hyphens (-). It must start with a letter, and a hyphen must be followed by at least one more character. The name must be unique among the computes of the region: a warning says when it is not.</source>
            <translation>필수. 문자, 숫자 및 하이픈(-)으로 된 2~16자입니다. 이름은 문자로 시작해야 하며, 하이픈 뒤에는 문자가 하나 이상 있어야 합니다. 이름은 지역 내 모든 컴퓨팅에서 고유해야 하며, 고유하지 않으면 경고가 표시됩니다.</translation>
        </message>
        <message>
            <source>Create new</source>
            <translation>새로 만들기</translation>
        </message>
        <message>
            <source>Use existing</source>
            <translation>기존 항목 사용</translation>
        </message>
        <message>
            <source>&amp;Kubernetes service:</source>
            <translation>Kubernetes Service(&amp;K):</translation>
        </message>
        <message>
            <source>Create new: a new Kubernetes service cluster, described by the rest of the form. Use existing: an existing Kubernetes service cluster of your subscription.</source>
            <translation>새로 만들기: 양식의 나머지 부분에서 설명하는 새 Kubernetes Service 클러스터를 만듭니다. 기존 항목 사용: 구독에 있는 기존 Kubernetes Service 클러스터를 사용합니다.</translation>
        </message>
        <message>
            <source>E&amp;xisting service:</source>
            <translation>기존 서비스(&amp;X):</translation>
        </message>
        <message>
            <source>The name of the existing Kubernetes service cluster to use.</source>
            <translation>사용할 기존 Kubernetes Service 클러스터의 이름입니다.</translation>
        </message>
        <message>
            <source>Same as the workspace</source>
            <translation>작업 영역과 동일</translation>
        </message>
        <message>
            <source>Regi&amp;on:</source>
            <translation>지역(&amp;O):</translation>
        </message>
        <message>
            <source>The region the cluster is created in. Empty: the workspace's.</source>
            <translation>클러스터를 만들 지역입니다. 비워 두면 작업 영역의 지역을 사용합니다.</translation>
        </message>
        <message>
            <source>Virtual machine &amp;size:</source>
            <translation>가상 머신 크기(&amp;S):</translation>
        </message>
        <message>
            <source>Production</source>
            <translation>프로덕션</translation>
        </message>
        <message>
            <source>Dev-test</source>
            <translation>개발-테스트</translation>
        </message>
        <message>
            <source>Cluster &amp;purpose:</source>
            <translation>클러스터 용도(&amp;P):</translation>
        </message>
        <message>
            <source>Production for models served to users; Dev-test for developing and testing deployments.</source>
            <translation>프로덕션은 사용자에게 제공하는 모델용이고, 개발-테스트는 배포를 개발하고 테스트하는 용도입니다.</translation>
        </message>
        <message>
            <source>N&amp;umber of nodes:</source>
            <translation>노드 수(&amp;U):</translation>
        </message>
        <message>
            <source>The number of nodes. The number of nodes times the virtual machine's cores (vCPUs) must be 12 or more.</source>
            <translation>노드 수입니다. 노드 수에 가상 머신의 코어 수(vCPU)를 곱한 값이 12보다 크거나 같아야 합니다.</translation>
        </message>
        <message>
            <source>Nodes × vCPUs must be at least 12.</source>
            <translation>노드 수 × vCPU가 12 이상이어야 합니다.</translation>
        </message>
        <message>
            <source>Basic</source>
            <translation>기본</translation>
        </message>
        <message>
            <source>Advanced</source>
            <translation>고급</translation>
        </message>
        <message>
            <source>Net&amp;work configuration:</source>
            <translation>네트워크 구성(&amp;W):</translation>
        </message>
        <message>
            <source>Basic: the cluster gets a network of its own. Advanced: create the cluster inside an existing virtual network.</source>
            <translation>기본: 클러스터에 자체 네트워크가 할당됩니다. 고급: 기존 가상 네트워크 내에 클러스터를 만듭니다.</translation>
        </message>
        <message>
            <source>Resource &amp;group:</source>
            <translation>리소스 그룹(&amp;G):</translation>
        </message>
        <message>
            <source>&amp;Virtual network:</source>
            <translation>가상 네트워크(&amp;V):</translation>
        </message>
        <message>
            <source>Subne&amp;t:</source>
            <translation>서브넷(&amp;T):</translation>
        </message>
        <message>
            <source>&amp;Enable SSL configuration</source>
            <translation>SSL 구성 사용(&amp;E)</translation>
        </message>
        <message>
            <source>SSL:</source>
            <translation>SSL:</translation>
        </message>
        <message>
            <source>Enable to configure an SSL certificate on the compute, so that its web services are reached over HTTPS.</source>
            <translation>컴퓨팅에 SSL 인증서를 구성하여 웹 서비스에 HTTPS로 연결할 수 있게 하려면 사용하도록 설정합니다.</translation>
        </message>
        <message>
            <source>e.g. models.example.com</source>
            <translation>예: models.example.com</translation>
        </message>
        <message>
            <source>CN&amp;AME:</source>
            <translation>CN&amp;AME:</translation>
        </message>
        <message>
            <source>The domain name (CNAME) the certificate is for.</source>
            <translation>인증서의 대상 도메인 이름(CNAME)입니다.</translation>
        </message>
        <message>
            <source>PEM files (*.pem *.crt *.cer *.key)</source>
            <translation>PEM 파일 (*.pem *.crt *.cer *.key)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>모든 파일 (*)</translation>
        </message>
        <message>
            <source>Choose the SSL certificate</source>
            <translation>SSL 인증서 선택</translation>
        </message>
        <message>
            <source>Certi&amp;ficate file:</source>
            <translation>인증서 파일(&amp;F):</translation>
        </message>
        <message>
            <source>The SSL certificate file (PEM).</source>
            <translation>SSL 인증서 파일(PEM)입니다.</translation>
        </message>
        <message>
            <source>Choose the SSL key</source>
            <translation>SSL 키 선택</translation>
        </message>
        <message>
            <source>Key f&amp;ile:</source>
            <translation>키 파일(&amp;I):</translation>
        </message>
        <message>
            <source>The private key file (PEM) of the SSL certificate.</source>
            <translation>SSL 인증서의 프라이빗 키 파일(PEM)입니다.</translation>
        </message>
    </context>
    <context>
        <name>Studio::Ui::LogView</name>
        <message>
            <source>Follow</source>
            <translation>따라가기</translation>
        </message>
        <message>
            <source>Scroll to new lines as the run writes them</source>
            <translation>실행이 새 줄을 쓰면 그 줄로 스크롤합니다</translation>
        </message>
        <message>
            <source>Jump to end</source>
            <translation>끝으로 이동</translation>
        </message>
        <message>
            <source>Show the last line and follow new ones (Ctrl+End)</source>
            <translation>마지막 줄을 표시하고 새 줄을 따라갑니다(Ctrl+End)</translation>
        </message>
        <message>
            <source>Load earlier lines</source>
            <translation>이전 줄 불러오기</translation>
        </message>
        <message>
            <source>Show up to %1 more lines from before the first one shown, keeping your place</source>
            <translation>표시된 첫 줄 앞의 줄을 최대 %1줄 더 표시합니다. 현재 위치는 유지됩니다</translation>
        </message>
        <message>
            <source>Wrap</source>
            <translation>줄 바꿈</translation>
        </message>
        <message>
            <source>Wrap long lines at the width of the view</source>
            <translation>긴 줄을 보기 너비에 맞춰 줄 바꿈합니다</translation>
        </message>
        <message>
            <source>Find in log</source>
            <translation>로그에서 찾기</translation>
        </message>
        <message>
            <source>Find text in the log (Ctrl+F). Enter or F3: next match; Shift+Enter or Shift+F3: previous match</source>
            <translation>로그에서 텍스트를 찾습니다(Ctrl+F). Enter 또는 F3: 다음 항목, Shift+Enter 또는 Shift+F3: 이전 항목</translation>
        </message>
        <message>
            <source>Previous match</source>
            <translation>이전 항목</translation>
        </message>
        <message>
            <source>Previous match (Shift+F3)</source>
            <translation>이전 항목(Shift+F3)</translation>
        </message>
        <message>
            <source>Next match</source>
            <translation>다음 항목</translation>
        </message>
        <message>
            <source>Next match (F3)</source>
            <translation>다음 항목(F3)</translation>
        </message>
        <message>
            <source>Search result</source>
            <translation>검색 결과</translation>
        </message>
        <message>
            <source>Log</source>
            <translation>로그</translation>
        </message>
        <message>
            <source>Not found</source>
            <translation>찾을 수 없음</translation>
        </message>
        <message>
            <source>Matches: %1</source>
            <translation>일치 항목: %1</translation>
        </message>
        <message>
            <source>%1 of %2</source>
            <translation>%1/%2</translation>
        </message>
        <message>
            <source>The log is empty.</source>
            <translation>로그가 비어 있습니다.</translation>
        </message>
        <message>
            <source>Waiting for output…</source>
            <translation>출력을 기다리는 중…</translation>
        </message>
        <message>
            <source>%1, wrapped from the top</source>
            <translation>%1, 처음부터 다시 검색함</translation>
        </message>
        <message>
            <source>%1, wrapped from the end</source>
            <translation>%1, 끝부터 다시 검색함</translation>
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
        <message>
            <source>Operations on this workspace's computes are still running. Open another workspace once they have finished.</source>
            <translation>이 작업 영역의 컴퓨팅에 대한 작업이 아직 실행 중입니다. 작업이 끝난 후 다른 작업 영역을 여세요.</translation>
        </message>
        <message>
            <source>Operations are running</source>
            <translation>작업이 실행 중입니다</translation>
        </message>
        <message>
            <source>Operations on %1 are still running.</source>
            <translation>%1에 대한 작업이 아직 실행 중입니다.</translation>
        </message>
        <message>
            <source>If you quit now, the window closes at once and Compute Studio quits once they have finished.</source>
            <translation>지금 끝내면 창은 바로 닫히고, Compute Studio는 작업이 모두 끝난 뒤에 종료됩니다.</translation>
        </message>
        <message>
            <source>Quit When Done</source>
            <translation>작업이 끝나면 끝내기</translation>
        </message>
        <message>
            <source>Keep Open</source>
            <translation>열어 두기</translation>
        </message>
    </context>
    <context>
        <name>Studio::Ui::MetricsChart</name>
        <message>
            <source>Step</source>
            <translation>단계</translation>
        </message>
        <message>
            <source>Time</source>
            <translation>시간</translation>
        </message>
        <message>
            <source>What the horizontal axis shows: the step each value was logged at, or when it was logged</source>
            <translation>가로축에 표시할 항목: 각 값이 기록된 단계 또는 기록된 시간</translation>
        </message>
        <message>
            <source>&amp;X axis:</source>
            <translation>X축(&amp;X):</translation>
        </message>
        <message>
            <source>No metrics logged yet. Metrics appear here as the run logs them with mlflow.log_metric().</source>
            <translation>아직 기록된 메트릭이 없습니다. 실행이 mlflow.log_metric()으로 메트릭을 기록하면 여기에 표시됩니다.</translation>
        </message>
        <message>
            <source>Chart of %1</source>
            <translation>%1 차트</translation>
        </message>
    </context>
    <context>
        <name>Studio::Ui::NodeListModel</name>
        <message>
            <source>(idle)</source>
            <translation>(유휴)</translation>
        </message>
        <message>
            <source>Node</source>
            <translation>노드</translation>
        </message>
        <message>
            <source>State</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>실행</translation>
        </message>
        <message>
            <source>Since</source>
            <translation>시작 시각</translation>
        </message>
        <message>
            <source>Private IP</source>
            <translation>개인 IP</translation>
        </message>
        <message>
            <source>Connection</source>
            <translation>연결</translation>
        </message>
    </context>
    <context>
        <name>Studio::Ui::NodesView</name>
        <message>
            <source>Nodes</source>
            <translation>노드</translation>
        </message>
        <message>
            <source>Could not open the workspace database.</source>
            <translation>작업 영역 데이터베이스를 열 수 없습니다.</translation>
        </message>
        <message>
            <source>No nodes: the cluster has scaled down to zero.</source>
            <translation>노드가 없습니다. 클러스터가 0으로 축소되었습니다.</translation>
        </message>
        <message>
            <source>Nodes: %1, running a job: %2.</source>
            <translation>노드: %1개, 작업 실행 중: %2개.</translation>
        </message>
        <message>
            <source>Could not read the nodes: %1</source>
            <translation>노드를 읽을 수 없습니다: %1</translation>
        </message>
    </context>
    <context>
        <name>Studio::Ui::RunDetailsView</name>
        <message>
            <source>—</source>
            <translation>—</translation>
        </message>
        <message>
            <source>curated: %1</source>
            <translation>큐레이트: %1</translation>
        </message>
        <message>
            <source>system Python</source>
            <translation>시스템 Python</translation>
        </message>
        <message>
            <source>interpreter: %1</source>
            <translation>인터프리터: %1</translation>
        </message>
        <message>
            <source>virtual environment from requirements</source>
            <translation>요구 사항으로 만든 가상 환경</translation>
        </message>
        <message>
            <source>virtual environment %1</source>
            <translation>가상 환경 %1</translation>
        </message>
        <message>
            <source>container: %1</source>
            <translation>컨테이너: %1</translation>
        </message>
        <message>
            <source>Could not open the workspace database: %1</source>
            <translation>작업 영역 데이터베이스를 열 수 없습니다: %1</translation>
        </message>
        <message>
            <source>Select a run to see its details; select several and choose Compare to overlay their metrics.</source>
            <translation>세부 정보를 보려면 실행을 선택하세요. 여러 실행을 선택하고 비교를 선택하면 메트릭을 겹쳐 볼 수 있습니다.</translation>
        </message>
        <message>
            <source>Cancel run</source>
            <translation>실행 취소</translation>
        </message>
        <message>
            <source>Stop the run: its processes are ended and it is marked Canceled</source>
            <translation>실행을 중지합니다. 프로세스가 종료되고 실행은 취소됨으로 표시됩니다</translation>
        </message>
        <message>
            <source>Resubmit</source>
            <translation>다시 제출</translation>
        </message>
        <message>
            <source>Submit a new run with the same settings; the source folder is snapshotted again</source>
            <translation>같은 설정으로 새 실행을 제출합니다. 소스 폴더의 스냅샷을 다시 만듭니다</translation>
        </message>
        <message>
            <source>Overview</source>
            <translation>개요</translation>
        </message>
        <message>
            <source>Logs</source>
            <translation>로그</translation>
        </message>
        <message>
            <source>Metrics</source>
            <translation>메트릭</translation>
        </message>
        <message>
            <source>Outputs + logs</source>
            <translation>출력 + 로그</translation>
        </message>
        <message>
            <source>Snapshot</source>
            <translation>스냅샷</translation>
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
            <source>Run properties</source>
            <translation>실행 속성</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>At</source>
            <translation>시각</translation>
        </message>
        <message>
            <source>After</source>
            <translation>경과 시간</translation>
        </message>
        <message>
            <source>Status timeline</source>
            <translation>상태 타임라인</translation>
        </message>
        <message>
            <source>Command</source>
            <translation>명령</translation>
        </message>
        <message>
            <source>&lt;b&gt;Status timeline&lt;/b&gt;</source>
            <translation>&lt;b&gt;상태 타임라인&lt;/b&gt;</translation>
        </message>
        <message>
            <source>&lt;b&gt;Command&lt;/b&gt;</source>
            <translation>&lt;b&gt;명령&lt;/b&gt;</translation>
        </message>
        <message>
            <source>The run's output (user_logs), what the studio did (system_logs) and what the script wrote to logs/</source>
            <translation>실행의 출력(user_logs), 스튜디오가 수행한 작업(system_logs), 스크립트가 logs/에 쓴 내용</translation>
        </message>
        <message>
            <source>&amp;Log file:</source>
            <translation>로그 파일(&amp;L):</translation>
        </message>
        <message>
            <source>No logs yet: they appear once the run starts.</source>
            <translation>아직 로그가 없습니다. 실행이 시작되면 표시됩니다.</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>Size</source>
            <translation>크기</translation>
        </message>
        <message>
            <source>Outputs and logs</source>
            <translation>출력 및 로그</translation>
        </message>
        <message>
            <source>&amp;Open</source>
            <translation>열기(&amp;O)</translation>
        </message>
        <message>
            <source>Open the selected file or folder with the desktop's application</source>
            <translation>선택한 파일이나 폴더를 데스크톱의 애플리케이션으로 엽니다</translation>
        </message>
        <message>
            <source>&amp;Download…</source>
            <translation>다운로드(&amp;D)…</translation>
        </message>
        <message>
            <source>Copy the run's outputs and logs into a folder you choose</source>
            <translation>실행의 출력과 로그를 선택한 폴더에 복사합니다</translation>
        </message>
        <message>
            <source>File</source>
            <translation>파일</translation>
        </message>
        <message>
            <source>Snapshot files</source>
            <translation>스냅샷 파일</translation>
        </message>
        <message>
            <source>Select a file to see its content as submitted.</source>
            <translation>제출된 내용을 보려면 파일을 선택하세요.</translation>
        </message>
        <message>
            <source>Comparing runs: %1</source>
            <translation>실행 비교: %1</translation>
        </message>
        <message>
            <source>Snapshot %1: files: %2, size: %3, taken from %4</source>
            <translation>스냅샷 %1: 파일 %2개, 크기 %3, 원본 %4</translation>
        </message>
        <message>
            <source>Downloaded to %1 (files: %2).</source>
            <translation>%1에 다운로드했습니다(파일 %2개).</translation>
        </message>
        <message>
            <source>Could not read the run: %1</source>
            <translation>실행을 읽을 수 없습니다: %1</translation>
        </message>
        <message>
            <source>This run is no longer in the workspace.</source>
            <translation>이 실행은 더 이상 작업 영역에 없습니다.</translation>
        </message>
        <message>
            <source>%1 · experiment %2 · on %3</source>
            <translation>%1 · 실험 %2 · %3에서 실행</translation>
        </message>
        <message>
            <source>Properties</source>
            <translation>속성</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>표시 이름</translation>
        </message>
        <message>
            <source>Experiment</source>
            <translation>실험</translation>
        </message>
        <message>
            <source>Compute</source>
            <translation>컴퓨팅</translation>
        </message>
        <message>
            <source>Created by</source>
            <translation>만든 사람</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>만든 시간</translation>
        </message>
        <message>
            <source>Started</source>
            <translation>시작 시간</translation>
        </message>
        <message>
            <source>Ended</source>
            <translation>종료 시간</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>기간</translation>
        </message>
        <message>
            <source>Exit code</source>
            <translation>종료 코드</translation>
        </message>
        <message>
            <source>Environment</source>
            <translation>환경</translation>
        </message>
        <message>
            <source>Source folder</source>
            <translation>소스 폴더</translation>
        </message>
        <message>
            <source>Distribution</source>
            <translation>분산</translation>
        </message>
        <message>
            <source>%1 × %2 processes (%3)</source>
            <translation>%1 × 프로세스 %2개(%3)</translation>
        </message>
        <message>
            <source>plain</source>
            <translation>일반</translation>
        </message>
        <message>
            <source>Maximum duration</source>
            <translation>최대 실행 시간</translation>
        </message>
        <message>
            <source>Nodes</source>
            <translation>노드</translation>
        </message>
        <message>
            <source>(not yet)</source>
            <translation>(아직 없음)</translation>
        </message>
        <message>
            <source>Git</source>
            <translation>Git</translation>
        </message>
        <message>
            <source>Repository</source>
            <translation>리포지토리</translation>
        </message>
        <message>
            <source>(no remote)</source>
            <translation>(원격 없음)</translation>
        </message>
        <message>
            <source>Branch</source>
            <translation>분기</translation>
        </message>
        <message>
            <source>(detached)</source>
            <translation>(분리됨)</translation>
        </message>
        <message>
            <source>Commit</source>
            <translation>커밋</translation>
        </message>
        <message>
            <source>Uncommitted changes</source>
            <translation>커밋되지 않은 변경 내용</translation>
        </message>
        <message>
            <source>yes</source>
            <translation>예</translation>
        </message>
        <message>
            <source>no</source>
            <translation>아니요</translation>
        </message>
        <message>
            <source>The source folder is not a git work tree.</source>
            <translation>소스 폴더가 git 작업 트리가 아닙니다.</translation>
        </message>
        <message>
            <source>Parameters</source>
            <translation>매개 변수</translation>
        </message>
        <message>
            <source>Tags</source>
            <translation>태그</translation>
        </message>
        <message>
            <source>(empty)</source>
            <translation>(비어 있음)</translation>
        </message>
        <message>
            <source>(only the first %1 entries are listed)</source>
            <translation>(처음 %1개 항목만 나열됨)</translation>
        </message>
        <message>
            <source>The source folder has not been snapshotted yet.</source>
            <translation>소스 폴더의 스냅샷이 아직 만들어지지 않았습니다.</translation>
        </message>
        <message>
            <source>Could not read the snapshot: %1</source>
            <translation>스냅샷을 읽을 수 없습니다: %1</translation>
        </message>
        <message>
            <source>SHA-256 %1</source>
            <translation>SHA-256 %1</translation>
        </message>
        <message>
            <source>(a binary file of %1)</source>
            <translation>(%1 크기의 이진 파일)</translation>
        </message>
        <message>
            <source>(only the first 2 MB are shown)</source>
            <translation>(처음 2MB만 표시됨)</translation>
        </message>
        <message>
            <source>No application could open %1.</source>
            <translation>%1을(를) 열 수 있는 애플리케이션이 없습니다.</translation>
        </message>
        <message>
            <source>Download outputs and logs of %1</source>
            <translation>%1의 출력 및 로그 다운로드</translation>
        </message>
        <message>
            <source>Downloading the outputs and logs of %1 to %2…</source>
            <translation>%1의 출력과 로그를 %2에 다운로드하는 중…</translation>
        </message>
        <message>
            <source>Could not download: %1</source>
            <translation>다운로드할 수 없습니다: %1</translation>
        </message>
        <message>
            <source>Could not cancel: %1</source>
            <translation>취소할 수 없습니다: %1</translation>
        </message>
        <message>
            <source>Resubmitting %1…</source>
            <translation>%1을(를) 다시 제출하는 중…</translation>
        </message>
        <message>
            <source>Could not resubmit: %1</source>
            <translation>다시 제출할 수 없습니다: %1</translation>
        </message>
        <message>
            <source>Submitted %1.</source>
            <translation>%1을(를) 제출했습니다.</translation>
        </message>
    </context>
    <context>
        <name>Studio::Ui::RunListModel</name>
        <message>
            <source>%1 s</source>
            <translation>%1초</translation>
        </message>
        <message>
            <source>%1 min %2 s</source>
            <translation>%1분 %2초</translation>
        </message>
        <message>
            <source>%1 h %2 min</source>
            <translation>%1시간 %2분</translation>
        </message>
        <message>
            <source>%1 d %2 h</source>
            <translation>%1일 %2시간</translation>
        </message>
        <message>
            <source>Display name</source>
            <translation>표시 이름</translation>
        </message>
        <message>
            <source>Experiment</source>
            <translation>실험</translation>
        </message>
        <message>
            <source>Status</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>Compute</source>
            <translation>컴퓨팅</translation>
        </message>
        <message>
            <source>Created</source>
            <translation>만든 시간</translation>
        </message>
        <message>
            <source>Duration</source>
            <translation>기간</translation>
        </message>
        <message>
            <source>Name</source>
            <translation>이름</translation>
        </message>
    </context>
    <context>
        <name>Studio::Ui::RunsPage</name>
        <message>
            <source>Could not open the workspace database: %1</source>
            <translation>작업 영역 데이터베이스를 열 수 없습니다: %1</translation>
        </message>
        <message>
            <source>Runs</source>
            <translation>실행</translation>
        </message>
        <message>
            <source>Submit run…</source>
            <translation>실행 제출…</translation>
        </message>
        <message>
            <source>Run a script on the local machine, a compute instance or a cluster</source>
            <translation>로컬 컴퓨터, 컴퓨팅 인스턴스 또는 클러스터에서 스크립트를 실행합니다</translation>
        </message>
        <message>
            <source>Refresh</source>
            <translation>새로 고침</translation>
        </message>
        <message>
            <source>Compare</source>
            <translation>비교</translation>
        </message>
        <message>
            <source>Overlay the metrics of the selected runs (select two or more with Ctrl or Shift)</source>
            <translation>선택한 실행의 메트릭을 겹쳐 표시합니다(Ctrl 또는 Shift로 두 개 이상 선택)</translation>
        </message>
        <message>
            <source>Status filter</source>
            <translation>상태 필터</translation>
        </message>
        <message>
            <source>All statuses</source>
            <translation>모든 상태</translation>
        </message>
        <message>
            <source>Active</source>
            <translation>활성</translation>
        </message>
        <message>
            <source>Compute filter</source>
            <translation>컴퓨팅 필터</translation>
        </message>
        <message>
            <source>All computes</source>
            <translation>모든 컴퓨팅</translation>
        </message>
        <message>
            <source>Experiment filter</source>
            <translation>실험 필터</translation>
        </message>
        <message>
            <source>All experiments</source>
            <translation>모든 실험</translation>
        </message>
        <message>
            <source>Search runs</source>
            <translation>실행 검색</translation>
        </message>
        <message>
            <source>Finds runs whose name, display name or experiment contains the text</source>
            <translation>이름, 표시 이름 또는 실험에 텍스트가 포함된 실행을 찾습니다</translation>
        </message>
        <message>
            <source>Filter:</source>
            <translation>필터:</translation>
        </message>
        <message>
            <source>No runs yet</source>
            <translation>아직 실행이 없습니다</translation>
        </message>
        <message>
            <source>A run executes a script from a folder of yours on the local machine, a compute instance or a compute cluster; its logs, metrics and outputs show up here live.</source>
            <translation>실행은 내 폴더의 스크립트를 로컬 컴퓨터, 컴퓨팅 인스턴스 또는 컴퓨팅 클러스터에서 실행합니다. 실행의 로그, 메트릭, 출력이 여기에 실시간으로 표시됩니다.</translation>
        </message>
        <message>
            <source>Loading…</source>
            <translation>불러오는 중…</translation>
        </message>
        <message>
            <source>Could not load the runs: %1</source>
            <translation>실행 목록을 불러올 수 없습니다: %1</translation>
        </message>
        <message>
            <source>Run completed: %1</source>
            <translation>실행 완료됨: %1</translation>
        </message>
        <message>
            <source>%1 completed on %2 in %3.</source>
            <translation>%1이(가) %2에서 %3 만에 완료되었습니다.</translation>
        </message>
        <message>
            <source>Run failed: %1</source>
            <translation>실행 실패: %1</translation>
        </message>
        <message>
            <source>%1 failed on %2.</source>
            <translation>%1이(가) %2에서 실패했습니다.</translation>
        </message>
        <message>
            <source>%1 failed on %2: %3</source>
            <translation>%1이(가) %2에서 실패했습니다: %3</translation>
        </message>
        <message>
            <source>Run canceled: %1</source>
            <translation>실행 취소됨: %1</translation>
        </message>
        <message>
            <source>%1 was canceled on %2.</source>
            <translation>%2에서 %1이(가) 취소되었습니다.</translation>
        </message>
        <message>
            <source>the newest %1 runs</source>
            <translation>최신 실행 %1개</translation>
        </message>
        <message>
            <source>1 run</source>
            <translation>실행 1개</translation>
        </message>
        <message>
            <source>%1 runs</source>
            <translation>실행 %1개</translation>
        </message>
        <message>
            <source>There is no run named "%1" in this workspace.</source>
            <translation>이 작업 영역에 이름이 "%1"인 실행이 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>Studio::Ui::SubmitRunDialog</name>
        <message>
            <source>The arguments end with a lone backslash.</source>
            <translation>인수가 짝이 없는 백슬래시로 끝납니다.</translation>
        </message>
        <message>
            <source>A quote (%1) is not closed: close it, or escape it with a backslash.</source>
            <translation>따옴표(%1)가 닫히지 않았습니다. 따옴표를 닫거나 백슬래시로 이스케이프하세요.</translation>
        </message>
        <message>
            <source>Submit a run</source>
            <translation>실행 제출</translation>
        </message>
        <message>
            <source>Script</source>
            <translation>스크립트</translation>
        </message>
        <message>
            <source>The folder with your scripts</source>
            <translation>스크립트가 있는 폴더</translation>
        </message>
        <message>
            <source>Browse…</source>
            <translation>찾아보기…</translation>
        </message>
        <message>
            <source>&amp;Source folder:</source>
            <translation>소스 폴더(&amp;S):</translation>
        </message>
        <message>
            <source>The folder snapshotted at submit and copied to the run's working folder (code:). Files matched by .amlignore or .gitignore are left out.</source>
            <translation>제출할 때 스냅샷을 만들어 실행의 작업 폴더로 복사하는 폴더입니다(code:). .amlignore 또는 .gitignore와 일치하는 파일은 제외됩니다.</translation>
        </message>
        <message>
            <source>python train.py</source>
            <translation>python train.py</translation>
        </message>
        <message>
            <source>&amp;Command:</source>
            <translation>명령(&amp;C):</translation>
        </message>
        <message>
            <source>What the run executes in the source folder, as a shell command. "python" is the environment's interpreter.</source>
            <translation>실행이 소스 폴더에서 셸 명령으로 실행하는 내용입니다. "python"은 환경의 인터프리터입니다.</translation>
        </message>
        <message>
            <source>--epochs 10 --learning-rate 0.01</source>
            <translation>--epochs 10 --learning-rate 0.01</translation>
        </message>
        <message>
            <source>&amp;Arguments:</source>
            <translation>인수(&amp;A):</translation>
        </message>
        <message>
            <source>Added after the command, quoted as in a shell.</source>
            <translation>명령 뒤에 추가되며 셸에서처럼 따옴표로 묶습니다.</translation>
        </message>
        <message>
            <source>Environment and compute</source>
            <translation>환경 및 컴퓨팅</translation>
        </message>
        <message>
            <source>System Python</source>
            <translation>시스템 Python</translation>
        </message>
        <message>
            <source>An interpreter</source>
            <translation>인터프리터</translation>
        </message>
        <message>
            <source>Curated environment</source>
            <translation>큐레이트 환경</translation>
        </message>
        <message>
            <source>Requirements file (new virtual environment)</source>
            <translation>요구 사항 파일(새 가상 환경)</translation>
        </message>
        <message>
            <source>Container image</source>
            <translation>컨테이너 이미지</translation>
        </message>
        <message>
            <source>/usr/bin/python3, or python3.11</source>
            <translation>/usr/bin/python3 또는 python3.11</translation>
        </message>
        <message>
            <source>Choose a Python interpreter</source>
            <translation>Python 인터프리터 선택</translation>
        </message>
        <message>
            <source>Choose a requirements file</source>
            <translation>요구 사항 파일 선택</translation>
        </message>
        <message>
            <source>Requirements (*.txt)</source>
            <translation>요구 사항(*.txt)</translation>
        </message>
        <message>
            <source>All files (*)</source>
            <translation>모든 파일 (*)</translation>
        </message>
        <message>
            <source>python:3.11-slim</source>
            <translation>python:3.11-slim</translation>
        </message>
        <message>
            <source>&amp;Environment:</source>
            <translation>환경(&amp;E):</translation>
        </message>
        <message>
            <source>What the run's Python is: the system's, an interpreter you name, a curated environment (an interpreter that has its packages), a virtual environment built once from a requirements file and reused, or a container image.</source>
            <translation>실행에 사용할 Python입니다. 시스템 Python, 직접 지정한 인터프리터, 큐레이트 환경(해당 패키지가 있는 인터프리터), 요구 사항 파일로 한 번 빌드하여 다시 사용하는 가상 환경 또는 컨테이너 이미지 중에서 선택합니다.</translation>
        </message>
        <message>
            <source>local (this machine)</source>
            <translation>local(이 컴퓨터)</translation>
        </message>
        <message>
            <source>&amp;Target:</source>
            <translation>대상(&amp;T):</translation>
        </message>
        <message>
            <source>The compute that runs it: the local machine, a compute instance (one node) or a compute cluster (scales out to several nodes).</source>
            <translation>실행할 컴퓨팅입니다. 로컬 컴퓨터, 컴퓨팅 인스턴스(노드 1개) 또는 컴퓨팅 클러스터(여러 노드로 스케일 아웃) 중에서 선택합니다.</translation>
        </message>
        <message>
            <source>&amp;Instances:</source>
            <translation>인스턴스(&amp;I):</translation>
        </message>
        <message>
            <source>Nodes the run uses (resources.instance_count); more than one needs a compute cluster.</source>
            <translation>실행에 사용할 노드 수입니다(resources.instance_count). 2개 이상이면 컴퓨팅 클러스터가 필요합니다.</translation>
        </message>
        <message>
            <source>&amp;Processes per instance:</source>
            <translation>인스턴스당 프로세스(&amp;P):</translation>
        </message>
        <message>
            <source>Processes started on each node (distribution.process_count_per_instance), e.g. one per GPU.</source>
            <translation>각 노드에서 시작할 프로세스 수입니다(distribution.process_count_per_instance). 예: GPU당 1개.</translation>
        </message>
        <message>
            <source> min</source>
            <translation>분</translation>
        </message>
        <message>
            <source>No limit</source>
            <translation>제한 없음</translation>
        </message>
        <message>
            <source>&amp;Maximum duration:</source>
            <translation>최대 실행 시간(&amp;M):</translation>
        </message>
        <message>
            <source>The run is canceled when it runs longer than this (limits.timeout).</source>
            <translation>실행 시간이 이 값을 넘으면 실행이 취소됩니다(limits.timeout).</translation>
        </message>
        <message>
            <source>Run</source>
            <translation>실행</translation>
        </message>
        <message>
            <source>E&amp;xperiment:</source>
            <translation>실험(&amp;X):</translation>
        </message>
        <message>
            <source>Runs are grouped by experiment; a new name makes a new experiment.</source>
            <translation>실행은 실험별로 그룹화됩니다. 새 이름을 입력하면 새 실험이 만들어집니다.</translation>
        </message>
        <message>
            <source>(optional)</source>
            <translation>(선택 사항)</translation>
        </message>
        <message>
            <source>&amp;Display name:</source>
            <translation>표시 이름(&amp;D):</translation>
        </message>
        <message>
            <source>A name for people; the run also gets a unique name of its own.</source>
            <translation>사람이 읽는 이름입니다. 실행에는 고유한 이름도 따로 지정됩니다.</translation>
        </message>
        <message>
            <source>View &amp;YAML</source>
            <translation>YAML 보기(&amp;Y)</translation>
        </message>
        <message>
            <source>The job as YAML, as `cstudio job create -f` reads it</source>
            <translation>`cstudio job create -f`가 읽는 형식의 작업 YAML</translation>
        </message>
        <message>
            <source>&amp;Load YAML…</source>
            <translation>YAML 불러오기(&amp;L)…</translation>
        </message>
        <message>
            <source>Fill the form from a command job YAML file</source>
            <translation>명령 작업 YAML 파일로 양식을 채웁니다</translation>
        </message>
        <message>
            <source>Cancel</source>
            <translation>취소</translation>
        </message>
        <message>
            <source>&amp;Submit</source>
            <translation>제출(&amp;S)</translation>
        </message>
        <message>
            <source>Could not read the computes: %1</source>
            <translation>컴퓨팅 목록을 읽을 수 없습니다: %1</translation>
        </message>
        <message>
            <source>%1 (this machine)</source>
            <translation>%1(이 컴퓨터)</translation>
        </message>
        <message>
            <source>%1 (%2, %3)</source>
            <translation>%1(%2, %3)</translation>
        </message>
        <message>
            <source>(the requirements of the loaded job)</source>
            <translation>(불러온 작업의 요구 사항)</translation>
        </message>
        <message>
            <source>Choose the folder with your scripts.</source>
            <translation>스크립트가 있는 폴더를 선택하세요.</translation>
        </message>
        <message>
            <source>Give the folder's full path.</source>
            <translation>폴더의 전체 경로를 입력하세요.</translation>
        </message>
        <message>
            <source>The folder %1 does not exist.</source>
            <translation>폴더 %1이(가) 없습니다.</translation>
        </message>
        <message>
            <source>%1 is a file; choose the folder that holds it.</source>
            <translation>%1은(는) 파일입니다. 이 파일이 있는 폴더를 선택하세요.</translation>
        </message>
        <message>
            <source>The folder %1 cannot be read.</source>
            <translation>폴더 %1을(를) 읽을 수 없습니다.</translation>
        </message>
        <message>
            <source>Say what to run, e.g. python train.py.</source>
            <translation>실행할 내용을 입력하세요(예: python train.py).</translation>
        </message>
        <message>
            <source>Name the interpreter: a path or a command on PATH.</source>
            <translation>인터프리터를 지정하세요: 경로 또는 PATH에 있는 명령.</translation>
        </message>
        <message>
            <source>There is no file %1.</source>
            <translation>파일 %1이(가) 없습니다.</translation>
        </message>
        <message>
            <source>%1 is not an executable file.</source>
            <translation>%1은(는) 실행 파일이 아닙니다.</translation>
        </message>
        <message>
            <source>There is no %1 on PATH.</source>
            <translation>PATH에 %1이(가) 없습니다.</translation>
        </message>
        <message>
            <source>Choose a requirements file.</source>
            <translation>요구 사항 파일을 선택하세요.</translation>
        </message>
        <message>
            <source>The file %1 cannot be read.</source>
            <translation>파일 %1을(를) 읽을 수 없습니다.</translation>
        </message>
        <message>
            <source>Name the image, e.g. python:3.11-slim.</source>
            <translation>이미지를 지정하세요(예: python:3.11-slim).</translation>
        </message>
        <message>
            <source>Choose where the run executes.</source>
            <translation>실행할 위치를 선택하세요.</translation>
        </message>
        <message>
            <source>There is no compute named "%1" that can run scripts in this workspace.</source>
            <translation>이 작업 영역에는 스크립트를 실행할 수 있는 이름이 "%1"인 컴퓨팅이 없습니다.</translation>
        </message>
        <message>
            <source>%1 is not ready (%2): the submission will be refused.</source>
            <translation>%1이(가) 준비되지 않았습니다(%2). 제출이 거부됩니다.</translation>
        </message>
        <message>
            <source>%1 is %2: start it before submitting.</source>
            <translation>%1의 상태가 %2입니다. 제출하기 전에 시작하세요.</translation>
        </message>
        <message>
            <source>Name the experiment (Default is fine).</source>
            <translation>실험 이름을 입력하세요(Default도 괜찮습니다).</translation>
        </message>
        <message>
            <source>Use letters, digits, '_', '-' and '.', starting with a letter, a digit or '_' (at most 255).</source>
            <translation>문자, 숫자, '_', '-', '.'를 사용하고 문자, 숫자 또는 '_'로 시작하세요(최대 255자).</translation>
        </message>
        <message>
            <source>At most 255 characters.</source>
            <translation>최대 255자입니다.</translation>
        </message>
        <message>
            <source>Queue the run on %1</source>
            <translation>%1의 큐에 실행 추가</translation>
        </message>
        <message>
            <source>Still needed: %1</source>
            <translation>아직 필요한 항목: %1</translation>
        </message>
        <message>
            <source>Job YAML</source>
            <translation>작업 YAML</translation>
        </message>
        <message>
            <source>&amp;Copy</source>
            <translation>복사(&amp;C)</translation>
        </message>
        <message>
            <source>The form still has errors: this YAML would be refused.</source>
            <translation>양식에 아직 오류가 있습니다. 이 YAML은 거부됩니다.</translation>
        </message>
        <message>
            <source>Load job YAML</source>
            <translation>작업 YAML 불러오기</translation>
        </message>
        <message>
            <source>YAML files (*.yml *.yaml);;All files (*)</source>
            <translation>YAML 파일 (*.yml *.yaml);;모든 파일 (*)</translation>
        </message>
        <message>
            <source>Choose the source folder</source>
            <translation>소스 폴더 선택</translation>
        </message>
        <message>
            <source>Could not load %1:
%2</source>
            <translation>%1을(를) 불러올 수 없습니다:
%2</translation>
        </message>
        <message>
            <source>Loaded %1.</source>
            <translation>%1을(를) 불러왔습니다.</translation>
        </message>
        <message>
            <source>Loaded %1, with warnings:
%2</source>
            <translation>%1을(를) 불러왔습니다. 경고:
%2</translation>
        </message>
        <message>
            <source>Submitting: snapshotting %1 and queueing the run on %2…</source>
            <translation>제출하는 중: %1의 스냅샷을 만들고 %2의 큐에 실행을 추가하는 중…</translation>
        </message>
        <message>
            <source>The run was not submitted: %1</source>
            <translation>실행이 제출되지 않았습니다: %1</translation>
        </message>
    </context>
    <context>
        <name>Studio::Ui::VmSizePicker</name>
        <message>
            <source>Size</source>
            <translation>크기</translation>
        </message>
        <message>
            <source>vCPUs</source>
            <translation>vCPU</translation>
        </message>
        <message>
            <source>Memory (GiB)</source>
            <translation>메모리(GiB)</translation>
        </message>
        <message>
            <source>GPUs</source>
            <translation>GPU</translation>
        </message>
        <message>
            <source>Filter sizes by name</source>
            <translation>이름으로 크기 필터링</translation>
        </message>
        <message>
            <source>Filter virtual machine sizes</source>
            <translation>가상 머신 크기 필터링</translation>
        </message>
        <message>
            <source>Virtual machine sizes</source>
            <translation>가상 머신 크기</translation>
        </message>
        <message>
            <source>Size name, e.g. Standard_DS3_v2</source>
            <translation>크기 이름(예: Standard_DS3_v2)</translation>
        </message>
        <message>
            <source>Family: %1</source>
            <translation>제품군: %1</translation>
        </message>
        <message>
            <source>Selected: %1 (hidden by the filter)</source>
            <translation>선택됨: %1(필터로 숨겨짐)</translation>
        </message>
        <message>
            <source>Selected: %1 (not offered by this provider)</source>
            <translation>선택됨: %1(이 공급자가 제공하지 않음)</translation>
        </message>
        <message>
            <source>No size matches.</source>
            <translation>일치하는 크기가 없습니다.</translation>
        </message>
    </context>
    <context>
        <name>Studio::Validation</name>
        <message>
            <source>The %1 %2 does not exist.</source>
            <translation>%1 %2이(가) 없습니다.</translation>
        </message>
        <message>
            <source>The %1 %2 is not a file.</source>
            <translation>%1 %2은(는) 파일이 아닙니다.</translation>
        </message>
        <message>
            <source>The %1 %2 cannot be read: check its permissions.</source>
            <translation>%1 %2을(를) 읽을 수 없습니다. 권한을 확인하세요.</translation>
        </message>
        <message>
            <source>Choose a virtual machine size.</source>
            <translation>가상 머신 크기를 선택하세요.</translation>
        </message>
        <message>
            <source>The size %1 is not offered here. Choose one of: %2.</source>
            <translation>크기 %1은(는) 여기에서 제공되지 않습니다. 다음 중 하나를 선택하세요: %2.</translation>
        </message>
        <message>
            <source>The size %1 is not offered here. Choose one of the listed sizes.</source>
            <translation>크기 %1은(는) 여기에서 제공되지 않습니다. 목록에 있는 크기 중 하나를 선택하세요.</translation>
        </message>
        <message>
            <source>The size %1 has no GPU. Choose a GPU size or set the virtual machine type to CPU.</source>
            <translation>크기 %1에는 GPU가 없습니다. GPU 크기를 선택하거나 가상 머신 유형을 CPU로 설정하세요.</translation>
        </message>
        <message>
            <source>The size %1 is a GPU size. Choose a CPU size or set the virtual machine type to GPU.</source>
            <translation>크기 %1은(는) GPU 크기입니다. CPU 크기를 선택하거나 가상 머신 유형을 GPU로 설정하세요.</translation>
        </message>
        <message>
            <source>Enter the name of the existing virtual network.</source>
            <translation>기존 가상 네트워크의 이름을 입력하세요.</translation>
        </message>
        <message>
            <source>Enter the subnet of the virtual network.</source>
            <translation>가상 네트워크의 서브넷을 입력하세요.</translation>
        </message>
        <message>
            <source>A subnet needs its virtual network: enter the virtual network name too.</source>
            <translation>서브넷에는 가상 네트워크가 필요합니다. 가상 네트워크 이름도 입력하세요.</translation>
        </message>
        <message>
            <source>Enter the subnet of the virtual network %1.</source>
            <translation>가상 네트워크 %1의 서브넷을 입력하세요.</translation>
        </message>
        <message>
            <source>A resource group is only used with a virtual network: enter the virtual network name too, or clear the resource group.</source>
            <translation>리소스 그룹은 가상 네트워크와 함께만 사용됩니다. 가상 네트워크 이름도 입력하거나 리소스 그룹을 지우세요.</translation>
        </message>
        <message>
            <source>Enter the administrator user name for SSH.</source>
            <translation>SSH용 관리자 사용자 이름을 입력하세요.</translation>
        </message>
        <message>
            <source>This is not an OpenSSH public key. Paste one line such as “ssh-ed25519 AAAA… user@host” (the contents of a .pub file).</source>
            <translation>OpenSSH 공개 키가 아닙니다. “ssh-ed25519 AAAA… user@host”와 같은 한 줄(.pub 파일의 내용)을 붙여 넣으세요.</translation>
        </message>
        <message>
            <source>With SSH access enabled, give an SSH public key or an administrator password.</source>
            <translation>SSH 액세스를 사용하는 경우 SSH 공개 키나 관리자 암호를 지정하세요.</translation>
        </message>
        <message>
            <source>With SSH access enabled, give the SSH public key to log in with.</source>
            <translation>SSH 액세스를 사용하는 경우 로그인에 사용할 SSH 공개 키를 지정하세요.</translation>
        </message>
        <message>
            <source>Add at least one user-assigned identity (its resource id).</source>
            <translation>사용자 할당 ID를 하나 이상 추가하세요(리소스 ID로 지정).</translation>
        </message>
        <message>
            <source>User-assigned identities are listed, but the identity type is not user-assigned.</source>
            <translation>사용자 할당 ID가 나열되어 있지만 ID 유형이 사용자 할당이 아닙니다.</translation>
        </message>
        <message>
            <source>Enter the cluster's address: &lt;cluster&gt;.azurehdinsight.net or an IP address.</source>
            <translation>클러스터의 주소로 &lt;cluster&gt;.azurehdinsight.net 또는 IP 주소를 입력하세요.</translation>
        </message>
        <message>
            <source>Enter the machine's address: a host name (FQDN) or an IP address.</source>
            <translation>컴퓨터의 주소로 호스트 이름(FQDN) 또는 IP 주소를 입력하세요.</translation>
        </message>
        <message>
            <source>%1 is neither a host name nor an IP address.</source>
            <translation>%1은(는) 호스트 이름도 IP 주소도 아닙니다.</translation>
        </message>
        <message>
            <source>HDInsight addresses usually have the form &lt;cluster&gt;.azurehdinsight.net.</source>
            <translation>HDInsight 주소는 보통 &lt;cluster&gt;.azurehdinsight.net 형식입니다.</translation>
        </message>
        <message>
            <source>The SSH port must be between 1 and 65535 (usually 22).</source>
            <translation>SSH 포트는 1에서 65535 사이여야 합니다(보통 22).</translation>
        </message>
        <message>
            <source>Enter the user name to log in with.</source>
            <translation>로그인에 사용할 사용자 이름을 입력하세요.</translation>
        </message>
        <message>
            <source>Give a password or a private key file. A key is safer: passwords can be guessed by brute force.</source>
            <translation>암호나 프라이빗 키 파일을 지정하세요. 키가 더 안전합니다. 암호는 무차별 암호 대입 공격에 취약합니다.</translation>
        </message>
        <message>
            <source>Use either a password or a private key file, not both.</source>
            <translation>암호와 프라이빗 키 파일 중 하나만 사용하세요.</translation>
        </message>
        <message>
            <source>private key file</source>
            <translation>프라이빗 키 파일</translation>
        </message>
        <message>
            <source>A passphrase belongs to a private key file: choose the key file or clear the passphrase.</source>
            <translation>암호 문구는 프라이빗 키 파일에 속합니다. 키 파일을 선택하거나 암호 문구를 지우세요.</translation>
        </message>
        <message>
            <source>Enter a compute name.</source>
            <translation>컴퓨팅 이름을 입력하세요.</translation>
        </message>
        <message>
            <source>The name can contain only letters, digits and hyphens (-).</source>
            <translation>이름에는 문자, 숫자 및 하이픈(-)만 사용할 수 있습니다.</translation>
        </message>
        <message>
            <source>The name must start with a letter.</source>
            <translation>이름은 문자로 시작해야 합니다.</translation>
        </message>
        <message>
            <source>The name must be %1 to %2 characters long (now %3).</source>
            <translation>이름은 %1~%2자여야 합니다(현재 %3자).</translation>
        </message>
        <message>
            <source>A hyphen must be followed by a letter or digit: the name cannot end with “-”.</source>
            <translation>하이픈 뒤에는 문자나 숫자가 와야 합니다. 이름은 “-”로 끝날 수 없습니다.</translation>
        </message>
        <message>
            <source>The name cannot end with a hyphen followed only by digits (like “-1”): put a letter after the hyphen.</source>
            <translation>이름은 하이픈 뒤에 숫자만 오는 형태(예: “-1”)로 끝날 수 없습니다. 하이픈 뒤에 문자를 넣으세요.</translation>
        </message>
        <message>
            <source>The name does not match the service's rule %1.</source>
            <translation>이름이 서비스 규칙 %1과(와) 일치하지 않습니다.</translation>
        </message>
        <message>
            <source>A compute named %1 already exists in this workspace. Choose another name: creating this one will be refused.</source>
            <translation>이 작업 영역에 이름이 %1인 컴퓨팅이 이미 있습니다. 다른 이름을 선택하세요. 이 이름으로는 만들 수 없습니다.</translation>
        </message>
        <message>
            <source>Name the provider that backs this compute (for example “local”).</source>
            <translation>이 컴퓨팅을 지원하는 공급자를 지정하세요(예: “local”).</translation>
        </message>
        <message>
            <source>The idle time before shutdown cannot be negative (0 turns it off).</source>
            <translation>종료 전 유휴 시간은 음수일 수 없습니다(0이면 사용 안 함).</translation>
        </message>
        <message>
            <source>“%1” is not a cron expression: give five fields (minute hour day-of-month month day-of-week), for example “0 18 * * 1-5”.</source>
            <translation>“%1”은(는) cron 식이 아닙니다. 다섯 개의 필드(분 시 일 월 요일)를 지정하세요(예: “0 18 * * 1-5”).</translation>
        </message>
        <message>
            <source>The minimum number of nodes cannot be negative.</source>
            <translation>최소 노드 수는 음수일 수 없습니다.</translation>
        </message>
        <message>
            <source>The maximum number of nodes must be at least 1.</source>
            <translation>최대 노드 수는 1 이상이어야 합니다.</translation>
        </message>
        <message>
            <source>The minimum number of nodes (%1) cannot be more than the maximum (%2).</source>
            <translation>최소 노드 수(%1)는 최대 노드 수(%2)보다 클 수 없습니다.</translation>
        </message>
        <message>
            <source>The idle seconds before scale down cannot be negative.</source>
            <translation>규모 축소 전 유휴 시간(초)은 음수일 수 없습니다.</translation>
        </message>
        <message>
            <source>Choose the existing Kubernetes service to use.</source>
            <translation>사용할 기존 Kubernetes Service를 선택하세요.</translation>
        </message>
        <message>
            <source>The number of nodes must be at least 1.</source>
            <translation>노드 수는 1 이상이어야 합니다.</translation>
        </message>
        <message>
            <source>Nodes × vCPUs must be at least 12: %1 nodes of %2 (%3 vCPUs) give %4. Use at least %5 nodes or a larger size.</source>
            <translation>노드 수 × vCPU가 12 이상이어야 합니다. %2(vCPU %3개) 노드 %1개는 %4입니다. 노드를 %5개 이상 사용하거나 더 큰 크기를 선택하세요.</translation>
        </message>
        <message>
            <source>The vCPUs of %1 are not known here, so the rule nodes × vCPUs ≥ 12 could not be checked.</source>
            <translation>여기에서는 %1의 vCPU 수를 알 수 없으므로 노드 수 × vCPU ≥ 12 규칙을 확인할 수 없습니다.</translation>
        </message>
        <message>
            <source>Enter the domain name (CNAME) the SSL certificate is for.</source>
            <translation>SSL 인증서의 대상 도메인 이름(CNAME)을 입력하세요.</translation>
        </message>
        <message>
            <source>Choose the SSL certificate file (PEM).</source>
            <translation>SSL 인증서 파일(PEM)을 선택하세요.</translation>
        </message>
        <message>
            <source>certificate file</source>
            <translation>인증서 파일</translation>
        </message>
        <message>
            <source>Choose the SSL key file (PEM).</source>
            <translation>SSL 키 파일(PEM)을 선택하세요.</translation>
        </message>
        <message>
            <source>key file</source>
            <translation>키 파일</translation>
        </message>
        <message>
            <source>A virtual machine name must be shorter than 64 characters (now %1).</source>
            <translation>가상 머신 이름은 64자 미만이어야 합니다(현재 %1자).</translation>
        </message>
        <message>
            <source>A virtual machine name cannot contain %1.</source>
            <translation>가상 머신 이름에는 %1을(를) 사용할 수 없습니다.</translation>
        </message>
        <message>
            <source>Enter the name of the Databricks workspace.</source>
            <translation>Databricks 작업 영역의 이름을 입력하세요.</translation>
        </message>
        <message>
            <source>Enter the resource group of the Databricks workspace.</source>
            <translation>Databricks 작업 영역의 리소스 그룹을 입력하세요.</translation>
        </message>
        <message>
            <source>Enter a Databricks access token.</source>
            <translation>Databricks 액세스 토큰을 입력하세요.</translation>
        </message>
        <message>
            <source>Enter the resource group of the Data Lake Analytics account.</source>
            <translation>Data Lake Analytics 계정의 리소스 그룹을 입력하세요.</translation>
        </message>
        <message>
            <source>Enter the name of the Data Lake Analytics account.</source>
            <translation>Data Lake Analytics 계정 이름을 입력하세요.</translation>
        </message>
        <message>
            <source>Give the Kubernetes cluster's resource id or a kubeconfig file.</source>
            <translation>Kubernetes 클러스터의 리소스 ID나 kubeconfig 파일을 지정하세요.</translation>
        </message>
        <message>
            <source>kubeconfig file</source>
            <translation>kubeconfig 파일</translation>
        </message>
        <message>
            <source>A namespace has 1 to 63 lowercase letters, digits and hyphens, and starts and ends with a letter or digit.</source>
            <translation>네임스페이스는 1~63자의 소문자, 숫자 및 하이픈으로 구성되며 문자나 숫자로 시작하고 끝나야 합니다.</translation>
        </message>
        <message>
            <source>%1 cannot be changed after creation.</source>
            <translation>%1은(는) 만든 후에 변경할 수 없습니다.</translation>
        </message>
        <message>
            <source>The compute type</source>
            <translation>컴퓨팅 유형</translation>
        </message>
        <message>
            <source>The name</source>
            <translation>이름</translation>
        </message>
        <message>
            <source>The provider</source>
            <translation>공급자</translation>
        </message>
        <message>
            <source>The virtual machine type</source>
            <translation>가상 머신 유형</translation>
        </message>
        <message>
            <source>The virtual machine size</source>
            <translation>가상 머신 크기</translation>
        </message>
        <message>
            <source>SSH access</source>
            <translation>SSH 액세스</translation>
        </message>
        <message>
            <source>The virtual machine priority</source>
            <translation>가상 머신 우선 순위</translation>
        </message>
        <message>
            <source>The virtual network</source>
            <translation>가상 네트워크</translation>
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
  compute    Create, attach, inspect and manage compute targets.
  job        Submit runs, watch them, cancel them, download their outputs.

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
  compute    컴퓨팅 대상을 만들고, 연결하고, 확인하고, 관리합니다.
  job        실행을 제출하고, 지켜보고, 취소하고, 출력을 다운로드합니다.

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
  list [--kind KIND]      List computes; KIND is instance, cluster, inference,
                          attached or local.
  show NAME               Show every property of the compute NAME.
  validate -f SPEC.yml    Check a spec; exit 0 when valid, 1 when not.
  create -f SPEC.yml [--no-wait]
                          Create a compute instance or cluster.
  attach -f SPEC.yml [--no-wait]
                          Attach a compute made elsewhere.
  delete NAME             Delete a created compute and what it holds.
  detach NAME             Detach an attached compute (it keeps running).
  start|stop|restart NAME Start, stop or restart a compute instance.
  update NAME [--min-nodes N] [--max-nodes N] [--idle-seconds N]
                          Change a cluster's scale settings.
  export NAME             Print the compute's spec as YAML.
  list-nodes NAME         List the nodes of a compute (state, run, address).

Specs are YAML in the Azure ML CLI v2 compute schema (docs/compute-yaml.md).
With --no-wait, create and attach return once the operation has started;
`cstudio compute show NAME` tells how it goes. With -o json, list prints an
array, show one object, and validate [{"field","message","severity"}].
</source>
            <translation>사용법: cstudio compute &lt;command&gt; [options]

명령:
  list [--kind KIND]      컴퓨팅을 나열합니다. KIND는 instance, cluster, inference,
                          attached 또는 local입니다.
  show NAME               컴퓨팅 NAME의 모든 속성을 표시합니다.
  validate -f SPEC.yml    사양을 검사합니다. 유효하면 0, 아니면 1로 종료합니다.
  create -f SPEC.yml [--no-wait]
                          컴퓨팅 인스턴스나 컴퓨팅 클러스터를 만듭니다.
  attach -f SPEC.yml [--no-wait]
                          다른 곳에서 만든 컴퓨팅을 연결합니다.
  delete NAME             만든 컴퓨팅과 거기에 보관된 모든 것을 삭제합니다.
  detach NAME             연결된 컴퓨팅을 분리합니다(컴퓨팅은 계속 실행됨).
  start|stop|restart NAME 컴퓨팅 인스턴스를 시작, 중지 또는 다시 시작합니다.
  update NAME [--min-nodes N] [--max-nodes N] [--idle-seconds N]
                          클러스터의 크기 조정 설정을 변경합니다.
  export NAME             컴퓨팅의 사양을 YAML로 출력합니다.
  list-nodes NAME         컴퓨팅의 노드(상태, 실행, 주소)를 나열합니다.

사양은 Azure ML CLI v2 컴퓨팅 스키마의 YAML입니다(docs/compute-yaml.md).
--no-wait를 사용하면 create와 attach는 작업이 시작되는 즉시 반환됩니다.
진행 상황은 `cstudio compute show NAME`으로 확인합니다. -o json을 사용하면
list는 배열을, show는 개체 하나를, validate는 [{"field","message","severity"}]를
출력합니다.
</translation>
        </message>
        <message>
            <source>Usage: cstudio job &lt;command&gt; [options]

Commands:
  create -f JOB.yml [--compute NAME] [--set KEY=VALUE]... [--name NAME] [--stream]
                          Submit a command job (Azure ML CLI v2 YAML) and print
                          its name; with --stream, follow its logs and exit 0
                          only if it completed.
  list [--status S] [--compute NAME] [--experiment NAME] [--search TEXT]
                          List runs, newest first.
  show NAME               Status, times, compute, metrics, params, outputs.
  stream NAME             Follow the run's logs until it ends.
  cancel NAME             Cancel the run (its processes are stopped).
  download NAME --output-dir DIR
                          Copy the run's outputs/ and logs into DIR.

Relative paths in the YAML (code, inputs) are relative to the YAML file's folder.
See docs/job-yaml.md.
</source>
            <translation>사용법: cstudio job &lt;command&gt; [options]

명령:
  create -f JOB.yml [--compute NAME] [--set KEY=VALUE]... [--name NAME] [--stream]
                          명령 작업(Azure ML CLI v2 YAML)을 제출하고 이름을
                          출력합니다. --stream을 사용하면 로그를 따라가며,
                          실행이 완료된 경우에만 0으로 종료합니다.
  list [--status S] [--compute NAME] [--experiment NAME] [--search TEXT]
                          실행을 최신 항목부터 나열합니다.
  show NAME               상태, 시간, 컴퓨팅, 메트릭, 매개 변수, 출력을 표시합니다.
  stream NAME             실행이 끝날 때까지 실행의 로그를 따라갑니다.
  cancel NAME             실행을 취소합니다(실행의 프로세스가 중지됨).
  download NAME --output-dir DIR
                          실행의 outputs/와 로그를 DIR에 복사합니다.

YAML의 상대 경로(code, inputs)는 YAML 파일이 있는 폴더를 기준으로 합니다.
docs/job-yaml.md를 참조하세요.
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
            <source>The option %1 takes no value.</source>
            <translation>옵션 %1에는 값을 지정할 수 없습니다.</translation>
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
            <source>Give the spec file with -f SPEC.yml.</source>
            <translation>-f SPEC.yml로 사양 파일을 지정하세요.</translation>
        </message>
        <message>
            <source>%1 Creating this compute will fail.</source>
            <translation>%1 이 컴퓨팅을 만들면 실패합니다.</translation>
        </message>
        <message>
            <source>This build has no provider named “%1” (it has: %2), so creating this compute will fail.</source>
            <translation>이 빌드에는 이름이 “%1”인 공급자가 없으므로(있는 공급자: %2) 이 컴퓨팅을 만들면 실패합니다.</translation>
        </message>
        <message>
            <source>error</source>
            <translation>오류</translation>
        </message>
        <message>
            <source>warning</source>
            <translation>경고</translation>
        </message>
        <message>
            <source>compute validate takes no arguments besides -f SPEC.yml.</source>
            <translation>compute validate에는 -f SPEC.yml 외의 인수를 사용할 수 없습니다.</translation>
        </message>
        <message>
            <source>%1 is valid.</source>
            <translation>%1은(는) 유효합니다.</translation>
        </message>
        <message>
            <source>%1: %2% %3</source>
            <translation>%1: %2% %3</translation>
        </message>
        <message>
            <source>compute %1 takes no arguments besides -f SPEC.yml.</source>
            <translation>compute %1에는 -f SPEC.yml 외의 인수를 사용할 수 없습니다.</translation>
        </message>
        <message>
            <source>A %1 is created, not attached: use `cstudio compute create`.</source>
            <translation>%1은(는) 연결하는 것이 아니라 만드는 컴퓨팅입니다. `cstudio compute create`를 사용하세요.</translation>
        </message>
        <message>
            <source>A %1 is made elsewhere and attached: use `cstudio compute attach`.</source>
            <translation>%1은(는) 다른 곳에서 만들어 연결하는 컴퓨팅입니다. `cstudio compute attach`를 사용하세요.</translation>
        </message>
        <message>
            <source>%1 was not attached.</source>
            <translation>%1을(를) 연결하지 않았습니다.</translation>
        </message>
        <message>
            <source>%1 was not created.</source>
            <translation>%1을(를) 만들지 않았습니다.</translation>
        </message>
        <message>
            <source>Attached %1.</source>
            <translation>%1을(를) 연결했습니다.</translation>
        </message>
        <message>
            <source>Created %1.</source>
            <translation>%1을(를) 만들었습니다.</translation>
        </message>
        <message>
            <source>Could not start the background operation.</source>
            <translation>백그라운드 작업을 시작할 수 없습니다.</translation>
        </message>
        <message>
            <source>Started creating %1 in the background (process %2). `cstudio compute show %1` shows its state.</source>
            <translation>백그라운드에서 %1 만들기를 시작했습니다(프로세스 %2). 상태는 `cstudio compute show %1`로 확인할 수 있습니다.</translation>
        </message>
        <message>
            <source>The background operation for %1 did not start. Run the command without --no-wait to see why.</source>
            <translation>%1에 대한 백그라운드 작업이 시작되지 않았습니다. 원인을 보려면 --no-wait 없이 명령을 실행하세요.</translation>
        </message>
        <message>
            <source>compute %1 needs exactly one compute name.</source>
            <translation>compute %1에는 컴퓨팅 이름이 정확히 하나 필요합니다.</translation>
        </message>
        <message>
            <source>The local machine is always part of the workspace; it cannot be deleted.</source>
            <translation>로컬 컴퓨터는 항상 작업 영역에 포함되어 있으므로 삭제할 수 없습니다.</translation>
        </message>
        <message>
            <source>%1 was created in this workspace, not attached: use `cstudio compute delete %1`.</source>
            <translation>%1은(는) 연결된 컴퓨팅이 아니라 이 작업 영역에서 만든 컴퓨팅입니다. `cstudio compute delete %1`을 사용하세요.</translation>
        </message>
        <message>
            <source>%1 is attached: use `cstudio compute detach %1` (the machine itself is not deleted).</source>
            <translation>%1은(는) 연결된 컴퓨팅입니다. `cstudio compute detach %1`을 사용하세요(컴퓨터 자체는 삭제되지 않음).</translation>
        </message>
        <message>
            <source>Detached %1.</source>
            <translation>%1을(를) 분리했습니다.</translation>
        </message>
        <message>
            <source>Deleted %1.</source>
            <translation>%1을(를) 삭제했습니다.</translation>
        </message>
        <message>
            <source>Only compute instances can be started, stopped and restarted; %1 is a %2.</source>
            <translation>컴퓨팅 인스턴스만 시작, 중지, 다시 시작할 수 있습니다. %1은(는) %2입니다.</translation>
        </message>
        <message>
            <source>%1 is %2.</source>
            <translation>%1의 상태: %2</translation>
        </message>
        <message>
            <source>compute update needs exactly one compute name.</source>
            <translation>compute update에는 컴퓨팅 이름이 정확히 하나 필요합니다.</translation>
        </message>
        <message>
            <source>--%1 needs a whole number, not "%2".</source>
            <translation>--%1에는 "%2"이(가) 아니라 정수가 필요합니다.</translation>
        </message>
        <message>
            <source>Say what to change: --min-nodes, --max-nodes or --idle-seconds.</source>
            <translation>변경할 항목을 지정하세요: --min-nodes, --max-nodes 또는 --idle-seconds.</translation>
        </message>
        <message>
            <source>Updated %1.</source>
            <translation>%1을(를) 업데이트했습니다.</translation>
        </message>
        <message>
            <source>compute export needs exactly one compute name.</source>
            <translation>compute export에는 컴퓨팅 이름이 정확히 하나 필요합니다.</translation>
        </message>
        <message>
            <source>The local machine has no spec to export.</source>
            <translation>로컬 컴퓨터에는 내보낼 사양이 없습니다.</translation>
        </message>
        <message>
            <source>compute list-nodes needs exactly one compute name.</source>
            <translation>compute list-nodes에는 컴퓨팅 이름이 정확히 하나 필요합니다.</translation>
        </message>
        <message>
            <source>%1 is a %2: the studio does not list its nodes.</source>
            <translation>%1은(는) %2입니다. 스튜디오는 해당 노드를 나열하지 않습니다.</translation>
        </message>
        <message>
            <source>NODE</source>
            <translation>노드</translation>
        </message>
        <message>
            <source>RUN</source>
            <translation>실행</translation>
        </message>
        <message>
            <source>SINCE</source>
            <translation>시작 시각</translation>
        </message>
        <message>
            <source>PRIVATE IP</source>
            <translation>개인 IP</translation>
        </message>
        <message>
            <source>CONNECTION STRING</source>
            <translation>연결 문자열</translation>
        </message>
        <message>
            <source>No job command given.</source>
            <translation>job 명령을 지정하지 않았습니다.</translation>
        </message>
        <message>
            <source>Unknown job command "%1".</source>
            <translation>알 수 없는 job 명령 "%1".</translation>
        </message>
        <message>
            <source>job %1 needs exactly one run name.</source>
            <translation>job %1에는 실행 이름이 정확히 하나 필요합니다.</translation>
        </message>
        <message>
            <source>There is no run named "%1" in the workspace %2.</source>
            <translation>작업 영역 %2에 이름이 "%1"인 실행이 없습니다.</translation>
        </message>
        <message>
            <source>job create takes no arguments besides its options.</source>
            <translation>job create에는 옵션 외의 인수가 없습니다.</translation>
        </message>
        <message>
            <source>Give the job file with -f JOB.yml.</source>
            <translation>-f JOB.yml로 작업 파일을 지정하세요.</translation>
        </message>
        <message>
            <source>job list takes no arguments.</source>
            <translation>job list에는 인수가 없습니다.</translation>
        </message>
        <message>
            <source>Unknown status "%1".</source>
            <translation>알 수 없는 상태 "%1".</translation>
        </message>
        <message>
            <source>DISPLAY NAME</source>
            <translation>표시 이름</translation>
        </message>
        <message>
            <source>EXPERIMENT</source>
            <translation>실험</translation>
        </message>
        <message>
            <source>STATUS</source>
            <translation>상태</translation>
        </message>
        <message>
            <source>COMPUTE</source>
            <translation>컴퓨팅</translation>
        </message>
        <message>
            <source>CREATED</source>
            <translation>만든 시간</translation>
        </message>
        <message>
            <source>DURATION</source>
            <translation>기간</translation>
        </message>
        <message>
            <source>PROPERTY</source>
            <translation>속성</translation>
        </message>
        <message>
            <source>VALUE</source>
            <translation>값</translation>
        </message>
        <message>
            <source>Streaming the logs of %1 (Ctrl+C stops streaming; the run goes on).</source>
            <translation>%1의 로그를 스트리밍하는 중입니다(Ctrl+C를 누르면 스트리밍만 멈추고 실행은 계속됩니다).</translation>
        </message>
        <message>
            <source>The run disappeared.</source>
            <translation>실행이 사라졌습니다.</translation>
        </message>
        <message>
            <source>Run %1: %2</source>
            <translation>실행 %1: %2</translation>
        </message>
        <message>
            <source>Cancel requested for %1.</source>
            <translation>%1의 취소를 요청했습니다.</translation>
        </message>
        <message>
            <source>Give the folder to download into with --output-dir DIR.</source>
            <translation>다운로드할 폴더를 --output-dir DIR로 지정하세요.</translation>
        </message>
        <message>
            <source>Downloaded %1 files of %2 into %3.</source>
            <translation>%2의 파일 %1개를 %3에 다운로드했습니다.</translation>
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
        <message>
            <source>Runs the local runs of a Compute Studio workspace.</source>
            <translation>Compute Studio 작업 영역의 로컬 실행을 처리합니다.</translation>
        </message>
        <message>
            <source>The workspace folder.</source>
            <translation>작업 영역 폴더입니다.</translation>
        </message>
        <message>
            <source>Seconds with nothing to do before exiting (0: never).</source>
            <translation>할 일이 없을 때 종료하기 전까지 기다릴 시간(초)입니다(0: 종료하지 않음).</translation>
        </message>
    </context>
</TS>
